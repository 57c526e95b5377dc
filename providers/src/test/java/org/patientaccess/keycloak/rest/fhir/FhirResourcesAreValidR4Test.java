package org.patientaccess.keycloak.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.Test;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.fhir.FhirAccess;

/**
 * Each resource the FHIR API writes, for every relationship and legal basis, passes HAPI FHIR's R4
 * validator without error: the quick check of what the integration tests validate on a server.
 */
class FhirResourcesAreValidR4Test {

    private static final FhirValidator VALIDATOR = validator();
    private static final String BASE = "https://clinic.example/realms/clinic/patient-access/fhir";
    private static final Instant GIVEN = Instant.parse("2026-01-10T09:00:00.123Z");
    private static final Instant ENDED = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void aPatientWithAndWithoutItsContactDetails() {
        PatientRecord record = new PatientRecord("p1", "realm", new PatientDetails("A-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9),
                "sofia@family.test", "+15145550100"), PatientStatus.ACTIVE, null, PatientSource.ADMIN, null, GIVEN, GIVEN, 0);

        requireValid(FhirPatient.of(new FhirAccess.Visible(record, grant(Relationship.PARENT, null, null))));
        requireValid(FhirPatient.of(new FhirAccess.Visible(record, grant(Relationship.SELF, null, null))));
    }

    @Test
    void everyRelationshipActiveOrEndedAsARelatedPersonAndAConsent() {
        for (Relationship relationship : Relationship.values()) {
            requireValidAsBoth(new FhirAccess.Relation(grant(relationship, LegalBasis.OTHER, null), true, null, "Luis", "Garcia"));
            requireValidAsBoth(new FhirAccess.Relation(grant(relationship, LegalBasis.OTHER, ENDED), false, ENDED, null, null));
        }
    }

    @Test
    void everyLegalBasisAndNoneRecordedAsAConsent() {
        for (LegalBasis basis : legalBases()) {
            requireValid(FhirConsent.of(new FhirAccess.Relation(grant(Relationship.PARENT, basis, null), true, null, null, null)));
        }
    }

    private static void requireValidAsBoth(FhirAccess.Relation relation) {
        requireValid(FhirRelatedPerson.of(relation));
        requireValid(FhirConsent.of(relation));
    }

    @Test
    void aSearchsetAnEmptyOneAnOperationOutcomeAndTheCapabilityStatement() {
        PatientRecord record = new PatientRecord("p1", "realm", new PatientDetails(null, "Sofia", "Garcia", null, null, null),
                PatientStatus.ACTIVE, null, PatientSource.ADMIN, null, GIVEN, GIVEN, 0);
        FhirAccess.Relation relation = new FhirAccess.Relation(grant(Relationship.PARENT, null, null), true, null, null, null);
        OIDCConfigurationRepresentation oidc = new OIDCConfigurationRepresentation();
        oidc.setAuthorizationEndpoint("https://clinic.example/realms/clinic/protocol/openid-connect/auth");
        oidc.setTokenEndpoint("https://clinic.example/realms/clinic/protocol/openid-connect/token");

        requireValid(FhirBundle.searchset(BASE + "/Consent?patient=p1", BASE, List.of(FhirConsent.of(relation))));
        requireValid(FhirBundle.searchset(BASE + "/Patient", BASE, List.of(FhirPatient.of(new FhirAccess.Visible(record, relation.grant())))));
        requireValid(FhirBundle.searchset(BASE + "/RelatedPerson", BASE, List.of()));
        requireValid(FhirOperationOutcome.error("not-found", "No resource with this id"));
        requireValid(FhirCapabilityStatement.of(BASE, oidc));
    }

    private static List<LegalBasis> legalBases() {
        List<LegalBasis> bases = new ArrayList<>(List.of(LegalBasis.values()));
        bases.add(null);
        return bases;
    }

    private static AccessGrant grant(Relationship relationship, LegalBasis basis, Instant revokedAt) {
        return new AccessGrant("g1", "realm", "maria", "p1", relationship, EnumSet.allOf(GrantPermission.class), GrantOrigin.ADMIN,
                null, "staff", GIVEN, revokedAt, revokedAt == null ? null : "staff", basis, Set.of());
    }

    private static void requireValid(Object resource) {
        String json;
        try {
            json = JsonSerialization.mapper.writeValueAsString(resource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(VALIDATOR.validateWithResult(json).getMessages())
                .filteredOn(message -> message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL)
                .as(json)
                .isEmpty();
    }

    private static FhirValidator validator() {
        FhirContext r4 = FhirContext.forR4();
        return r4.newValidator().registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(r4), new InMemoryTerminologyServerValidationSupport(r4), new CommonCodeSystemsTerminologyService(r4))));
    }
}
