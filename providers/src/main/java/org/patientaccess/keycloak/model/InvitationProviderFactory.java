package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface InvitationProviderFactory extends ProviderFactory<InvitationProvider> {
}
