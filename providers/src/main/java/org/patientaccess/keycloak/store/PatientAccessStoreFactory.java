package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface PatientAccessStoreFactory extends ProviderFactory<PatientAccessStore> {
}
