package org.patientaccess.keycloak.rest.fhir;

import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/** The codes and code systems the read API answers with (docs/fhir.md, "Codes"). */
final class FhirCodes {

    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";
    static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    /** Ours: what a grant lets its holder do. A URN, the same in every realm and deployment. */
    static final String PERMISSION = "urn:patient-access:fhir:permission";
    /** Ours: on what ground staff let the account act for the patient, as they recorded it. */
    static final String LEGAL_BASIS = "urn:patient-access:fhir:legal-basis";

    private FhirCodes() {
    }

    /**
     * A relationship as FHIR codes it. v3 RoleCode has no caregiver: v3 RoleClass's CAREGIVER is the
     * exact concept (outside RelatedPerson's preferred value set, which a preferred binding allows);
     * "other" is v2 table 0131's O, which that value set includes.
     */
    static FhirTypes.Coding relationship(Relationship relationship) {
        return switch (relationship) {
            case SELF -> new FhirTypes.Coding(ROLE_CODE, "ONESELF", "self");
            case PARENT -> new FhirTypes.Coding(ROLE_CODE, "PRN", "parent");
            case GUARDIAN -> new FhirTypes.Coding(ROLE_CODE, "GUARD", "guardian");
            case CAREGIVER -> new FhirTypes.Coding(ROLE_CLASS, "CAREGIVER", "caregiver");
            case OTHER -> new FhirTypes.Coding(CONTACT_ROLE, "O", "Other");
        };
    }

    static FhirTypes.Coding permission(GrantPermission permission) {
        return new FhirTypes.Coding(PERMISSION, permission.name(), switch (permission) {
            case BOOK -> "Book appointments";
            case VIEW -> "View the record";
            case MANAGE_PROFILE -> "Manage the profile";
        });
    }

    /**
     * A grant's legal basis as Consent.policyRule. FHIR's consent-policy value set (extensible) names US
     * regulations only, so the code is ours; a grant without one says so in text, since R4 requires a
     * Consent to have a policy or a policy rule (ppc-1).
     */
    static FhirTypes.CodeableConcept legalBasis(LegalBasis basis) {
        if (basis == null) {
            return new FhirTypes.CodeableConcept(null, "Legal basis not recorded");
        }
        return FhirTypes.CodeableConcept.of(LEGAL_BASIS, basis.name(), switch (basis) {
            case PARENTAL_RESPONSIBILITY -> "Parental responsibility";
            case COURT_ORDER -> "Court order";
            case POWER_OF_ATTORNEY -> "Power of attorney";
            case PATIENT_CONSENT -> "The patient's consent";
            case OTHER -> "Other";
        });
    }
}
