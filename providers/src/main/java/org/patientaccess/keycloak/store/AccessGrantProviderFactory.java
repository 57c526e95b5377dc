package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface AccessGrantProviderFactory extends ProviderFactory<AccessGrantProvider> {
}
