package org.patientaccess.keycloak.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The domain SPI over the counts of names and birth years that weigh a match; its one implementation is JPA. */
public class NameFrequencySpi implements Spi {

    public static final String NAME = "name-frequency";

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
        return NameFrequencyProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return NameFrequencyProviderFactory.class;
    }
}
