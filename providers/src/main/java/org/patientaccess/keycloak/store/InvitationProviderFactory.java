package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface InvitationProviderFactory extends ProviderFactory<InvitationProvider> {
}
