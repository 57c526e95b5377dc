package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface DuplicateProviderFactory extends ProviderFactory<DuplicateProvider> {
}
