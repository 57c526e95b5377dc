package org.patientaccess.keycloak.store;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The domain SPI over coming of age (continued guardianship, the steps done); its one implementation is JPA. */
public class ComingOfAgeSpi implements Spi {

    public static final String NAME = "coming-of-age";

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
        return ComingOfAgeProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ComingOfAgeProviderFactory.class;
    }
}
