package org.patientaccess.keycloak.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The domain SPI over the history of merges; its one implementation is JPA. */
public class PatientMergeSpi implements Spi {

    public static final String NAME = "patient-merge";

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
        return PatientMergeProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PatientMergeProviderFactory.class;
    }
}
