package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface ComingOfAgeProviderFactory extends ProviderFactory<ComingOfAgeProvider> {
}
