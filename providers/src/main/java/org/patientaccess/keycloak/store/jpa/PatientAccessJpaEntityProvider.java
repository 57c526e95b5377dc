package org.patientaccess.keycloak.store.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.patientaccess.keycloak.store.jpa.entity.AccessGrantEntity;
import org.patientaccess.keycloak.store.jpa.entity.AssentEntity;
import org.patientaccess.keycloak.store.jpa.entity.ComingOfAgeStepEntity;
import org.patientaccess.keycloak.store.jpa.entity.ContinuedGuardianshipEntity;
import org.patientaccess.keycloak.store.jpa.entity.DependentsDayEntity;
import org.patientaccess.keycloak.store.jpa.entity.DuplicatePairEntity;
import org.patientaccess.keycloak.store.jpa.entity.DuplicateScanEntity;
import org.patientaccess.keycloak.store.jpa.entity.GrantReviewEntity;
import org.patientaccess.keycloak.store.jpa.entity.InvitationEntity;
import org.patientaccess.keycloak.store.jpa.entity.NameFrequencyEntity;
import org.patientaccess.keycloak.store.jpa.entity.NameFrequencyRefreshEntity;
import org.patientaccess.keycloak.store.jpa.entity.OnlineRegistrationEntity;
import org.patientaccess.keycloak.store.jpa.entity.PatientMergeEntity;
import org.patientaccess.keycloak.store.jpa.entity.PatientRecordEntity;
import org.patientaccess.keycloak.store.jpa.entity.ProofCodeEntity;

/** Registers our entities and their Liquibase changelog with Keycloak's own database. */
public class PatientAccessJpaEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(PatientRecordEntity.class, AccessGrantEntity.class, InvitationEntity.class,
                OnlineRegistrationEntity.class, PatientMergeEntity.class, ProofCodeEntity.class,
                NameFrequencyEntity.class, NameFrequencyRefreshEntity.class,
                DuplicateScanEntity.class, DuplicatePairEntity.class, GrantReviewEntity.class,
                ContinuedGuardianshipEntity.class, ComingOfAgeStepEntity.class, DependentsDayEntity.class,
                AssentEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/patient-access-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return PatientAccessJpaEntityProviderFactory.ID;
    }

    @Override
    public void close() {
    }
}
