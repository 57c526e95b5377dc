package org.patientaccess.keycloak.model;

import org.keycloak.provider.ProviderFactory;

public interface PatientMergeProviderFactory extends ProviderFactory<PatientMergeProvider> {
}
