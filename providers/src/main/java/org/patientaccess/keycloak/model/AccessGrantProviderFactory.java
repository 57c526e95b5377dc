package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface AccessGrantProviderFactory extends ProviderFactory<AccessGrantProvider> {
}
