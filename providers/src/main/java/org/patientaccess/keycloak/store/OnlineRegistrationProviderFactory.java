package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface OnlineRegistrationProviderFactory extends ProviderFactory<OnlineRegistrationProvider> {
}
