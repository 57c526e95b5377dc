package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.AssentStore;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.GrantReviewStore;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.NameFrequencyStore;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientMergeStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/** The store over Keycloak's JPA connection: the sub-stores share the session's entity manager. */
class JpaPatientAccessStore implements PatientAccessStore {

    private final EntityManager em;
    private final PhoneRegionSetting phoneRegion;
    private final Clock clock;
    private final AccessListEvictions evictions;

    JpaPatientAccessStore(EntityManager em, PhoneRegionSetting phoneRegion, Clock clock, AccessListEvictions evictions) {
        this.em = em;
        this.phoneRegion = phoneRegion;
        this.clock = clock;
        this.evictions = evictions;
    }

    @Override
    public PatientRecordStore records() {
        return new JpaPatientRecordStore(em, clock, evictions);
    }

    @Override
    public AccessGrantStore grants() {
        return new JpaAccessGrantStore(em, clock, evictions);
    }

    @Override
    public InvitationStore invitations() {
        return new JpaInvitationStore(em, clock);
    }

    @Override
    public OnlineRegistrationStore registrations() {
        return new JpaOnlineRegistrationStore(em, clock);
    }

    @Override
    public PatientMergeStore merges() {
        return new JpaPatientMergeStore(em, clock);
    }

    @Override
    public DuplicateStore duplicates() {
        return new JpaDuplicateStore(em, clock);
    }

    @Override
    public GrantReviewStore grantReviews() {
        return new JpaGrantReviewStore(em, clock);
    }

    @Override
    public NameFrequencyStore nameFrequencies() {
        return new JpaNameFrequencyStore(em, clock);
    }

    @Override
    public ComingOfAgeStore comingOfAge() {
        return new JpaComingOfAgeStore(em, clock);
    }

    @Override
    public AssentStore assents() {
        return new JpaAssentStore(em, clock);
    }

    @Override
    public String defaultPhoneRegion(RealmModel realm) {
        return phoneRegion.regionFor(realm);
    }

    @Override
    public void removeRealm(RealmModel realm) {
        new JpaPatientRecordStore(em, clock, evictions).removeAll(realm);
        new JpaAccessGrantStore(em, clock, evictions).removeAll(realm);
        new JpaInvitationStore(em, clock).removeAll(realm);
        new JpaOnlineRegistrationStore(em, clock).removeAll(realm);
        new JpaPatientMergeStore(em, clock).removeAll(realm);
        new JpaDuplicateStore(em, clock).removeAll(realm);
        new JpaGrantReviewStore(em, clock).removeAll(realm);
        new JpaNameFrequencyStore(em, clock).removeAll(realm);
        new JpaComingOfAgeStore(em, clock).removeAll(realm);
        new JpaAssentStore(em, clock).removeAll(realm);
    }

    @Override
    public void close() {
    }
}
