package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface NameFrequencyProviderFactory extends ProviderFactory<NameFrequencyProvider> {
}
