package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface NameFrequencyProviderFactory extends ProviderFactory<NameFrequencyProvider> {
}
