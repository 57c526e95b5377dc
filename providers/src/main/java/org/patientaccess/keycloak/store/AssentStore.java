package org.patientaccess.keycloak.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.GrantPermission;

/** The store of young people's assents, one per grant, one realm at a time. */
public interface AssentStore {

    Optional<Assent> find(RealmModel realm, String grantId);

    /** The assents on these grants, keyed by grant id, in one query. */
    Map<String, Assent> findByGrants(RealmModel realm, Collection<String> grantIds);

    /** Keeps the grant's assent, replacing the one it had. */
    Assent put(RealmModel realm, String grantId, Set<GrantPermission> permissions, LocalDate until, String givenBy);

    /** Removes the grant's assent; false when it had none. */
    boolean remove(RealmModel realm, String grantId);

    /** The realm's assents whose last day is before {@code day}, soonest first. */
    List<Assent> findEndingBefore(RealmModel realm, LocalDate day, int max);
}
