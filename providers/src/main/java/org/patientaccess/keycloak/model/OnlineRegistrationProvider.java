package org.patientaccess.keycloak.model;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** The "Online registrations" queue, one realm at a time. */
public interface OnlineRegistrationProvider extends Provider {

    OnlineRegistration create(RealmModel realm, String userId, String patientId, Relationship relationship,
                              PatientDetails claimed, String candidates, RegistrationStatus status);

    Optional<OnlineRegistration> findById(RealmModel realm, String id);

    /** The queue: pending first, then the newest decisions. */
    List<OnlineRegistration> list(RealmModel realm, int first, int max);

    /** Decides a pending registration; false when it was no longer pending. */
    boolean decide(RealmModel realm, String id, RegistrationStatus decision, String decidedBy);

    void removeAll(RealmModel realm);
}
