package org.patientaccess.keycloak.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The domain SPI over online registrations; its one implementation is JPA. */
public class OnlineRegistrationSpi implements Spi {

    public static final String NAME = "online-registration";

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
        return OnlineRegistrationProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return OnlineRegistrationProviderFactory.class;
    }
}
