package org.patientaccess.keycloak.store;

import org.keycloak.provider.ProviderFactory;

public interface PatientMergeProviderFactory extends ProviderFactory<PatientMergeProvider> {
}
