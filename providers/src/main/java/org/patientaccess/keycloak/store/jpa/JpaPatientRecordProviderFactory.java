package org.patientaccess.keycloak.store.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.keys.PhoneNumbers;
import org.patientaccess.keycloak.store.PatientRecordProvider;
import org.patientaccess.keycloak.store.PatientRecordProviderFactory;

public class JpaPatientRecordProviderFactory implements PatientRecordProviderFactory {

    public static final String ID = "jpa";
    static final String DEFAULT_PHONE_REGION = "defaultPhoneRegion";
    private static final String FALLBACK_REGION = "US";

    private PhoneRegionSetting phoneRegion;

    @Override
    public PatientRecordProvider create(KeycloakSession session) {
        return new JpaPatientRecordProvider(
                session.getProvider(JpaConnectionProvider.class).getEntityManager(), phoneRegion, KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
        String region = config.get(DEFAULT_PHONE_REGION, FALLBACK_REGION);
        if (!PhoneNumbers.isSupportedRegion(region)) {
            throw new IllegalArgumentException("Unknown phone region in spi-patient-record--jpa--default-phone-region: " + region);
        }
        phoneRegion = new PhoneRegionSetting(region);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Patient records belong to their realm: deleting the realm deletes them.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(PatientRecordProvider.class).removeAll(removed.getRealm());
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
                        + " unless the realm attribute " + PhoneRegionSetting.REALM_ATTRIBUTE + " names one.")
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
