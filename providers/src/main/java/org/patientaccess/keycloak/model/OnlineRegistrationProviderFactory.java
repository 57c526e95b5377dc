package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface OnlineRegistrationProviderFactory extends ProviderFactory<OnlineRegistrationProvider> {
}
