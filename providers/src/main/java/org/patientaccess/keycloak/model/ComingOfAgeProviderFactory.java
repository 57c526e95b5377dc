package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface ComingOfAgeProviderFactory extends ProviderFactory<ComingOfAgeProvider> {
}
