package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface DuplicateProviderFactory extends ProviderFactory<DuplicateProvider> {
}
