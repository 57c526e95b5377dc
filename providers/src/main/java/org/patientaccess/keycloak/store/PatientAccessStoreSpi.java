package org.patientaccess.keycloak.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The one SPI of the plugin: where its data is kept. Its implementation is JPA, in Keycloak's own
 * database; the SPI gives operators its options ({@code spi-patient-access-store--jpa--...}).
 */
public class PatientAccessStoreSpi implements Spi {

    public static final String NAME = "patient-access-store";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return PatientAccessStore.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PatientAccessStoreFactory.class;
    }
}
