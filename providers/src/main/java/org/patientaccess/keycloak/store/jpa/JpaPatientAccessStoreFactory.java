package org.patientaccess.keycloak.store.jpa;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.keys.PhoneNumbers;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientAccessStoreFactory;
import org.patientaccess.keycloak.store.PatientAccessStoreSpi;

public class JpaPatientAccessStoreFactory implements PatientAccessStoreFactory {

    public static final String ID = "jpa";
    static final String DEFAULT_PHONE_REGION = "defaultPhoneRegion";
    /**
     * The SPI under which the option was read before the stores became one: an operator's
     * {@code spi-patient-record--jpa--default-phone-region} keeps working.
     */
    static final String LEGACY_SPI = "patient-record";
    private static final String FALLBACK_REGION = "US";

    private PhoneRegionSetting phoneRegion;

    @Override
    public PatientAccessStore create(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        return new JpaPatientAccessStore(em, phoneRegion, KeycloakClock.UTC, new AccessListEvictions(session, em));
    }

    @Override
    public void init(Config.Scope config) {
        String region = config.get(DEFAULT_PHONE_REGION);
        String option = "spi-" + PatientAccessStoreSpi.NAME + "--" + ID + "--default-phone-region";
        if (region == null) {
            region = Config.scope(LEGACY_SPI, ID).get(DEFAULT_PHONE_REGION, FALLBACK_REGION);
            option = "spi-" + LEGACY_SPI + "--" + ID + "--default-phone-region";
        }
        if (!PhoneNumbers.isSupportedRegion(region)) {
            throw new IllegalArgumentException("Unknown phone region in " + option + ": " + region);
        }
        phoneRegion = new PhoneRegionSetting(region);
    }

    /**
     * The one listener for what Keycloak removes: a realm's data goes with the realm; an account's
     * grants end with it (kept as history, ids only) and what it claimed when registering goes.
     */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(PatientAccessStore.class).removeRealm(removed.getRealm());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                PatientAccessStore store = removed.getKeycloakSession().getProvider(PatientAccessStore.class);
                store.grants().endAllOfUser(removed.getRealm(), removed.getUser().getId());
                store.registrations().removeAllOfUser(removed.getRealm(), removed.getUser().getId());
            }
        });
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(DEFAULT_PHONE_REGION)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("ISO 3166 region (CA, FR, GB...) for phone numbers written without a country code,"
                        + " unless the realm attribute " + PhoneRegionSetting.REALM_ATTRIBUTE + " names one."
                        + " Read under its former name spi-patient-record--jpa--default-phone-region too.")
                .defaultValue(FALLBACK_REGION)
                .add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
