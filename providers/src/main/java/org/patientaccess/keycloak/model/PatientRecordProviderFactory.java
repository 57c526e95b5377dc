package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface PatientRecordProviderFactory extends ProviderFactory<PatientRecordProvider> {
}
