package org.patientaccess.keycloak.store;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * Everything the plugin keeps, in Keycloak's own database: one provider, with a sub-store per kind of
 * row (as Keycloak's organizations keep their invitations). Every sub-store works one realm at a
 * time: an id of another realm is simply not found.
 */
public interface PatientAccessStore extends Provider {

    PatientRecordStore records();

    AccessGrantStore grants();

    InvitationStore invitations();

    OnlineRegistrationStore registrations();

    PatientMergeStore merges();

    DuplicateStore duplicates();

    GrantReviewStore grantReviews();

    NameFrequencyStore nameFrequencies();

    ComingOfAgeStore comingOfAge();

    AssentStore assents();

    /**
     * The ISO 3166 region in which phone numbers written without a country code are read: the realm's
     * attribute {@code patientAccess.defaultPhoneRegion} when it names a known region, else the
     * server's option.
     */
    String defaultPhoneRegion(RealmModel realm);

    /** Removes everything of a realm that is being deleted. */
    void removeRealm(RealmModel realm);
}
