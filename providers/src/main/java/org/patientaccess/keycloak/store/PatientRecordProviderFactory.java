package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface PatientRecordProviderFactory extends ProviderFactory<PatientRecordProvider> {
}
