package org.patientaccess.keycloak.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.fhir.SmartScopes.Interaction;

class SmartScopesTest {

    @Test
    void aWildcardScopeReadsAndSearchesEveryType() {
        String scopes = "openid fhirUser launch/patient patient/*.rs";

        assertThat(SmartScopes.allow(scopes, "Patient", Interaction.READ)).isTrue();
        assertThat(SmartScopes.allow(scopes, "Consent", Interaction.SEARCH)).isTrue();
    }

    @Test
    void aTypesScopeAllowsThatTypeOnlyAndOnlyItsLetters() {
        assertThat(SmartScopes.allow("patient/Patient.r", "Patient", Interaction.READ)).isTrue();
        assertThat(SmartScopes.allow("patient/Patient.r", "Patient", Interaction.SEARCH)).isFalse();
        assertThat(SmartScopes.allow("patient/Patient.rs", "RelatedPerson", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allow("patient/Consent.cruds", "Consent", Interaction.SEARCH)).isTrue();
    }

    @Test
    void scopesThatAreNotPatientV2ScopesAllowNothing() {
        assertThat(SmartScopes.allow(null, "Patient", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allow("openid profile", "Patient", Interaction.READ)).isFalse();
        assertThat(SmartScopes.allow("user/*.rs system/*.rs", "Patient", Interaction.READ)).as("only the patients the user acts for").isFalse();
        assertThat(SmartScopes.allow("patient/*.read", "Patient", Interaction.READ)).as("SMART v1").isFalse();
        assertThat(SmartScopes.allow("patient/Consent.rs?category=x", "Consent", Interaction.READ)).as("a finer scope this server cannot honour").isFalse();
        assertThat(SmartScopes.allow("patient/Patient.sr", "Patient", Interaction.READ)).as("letters out of order").isFalse();
        assertThat(SmartScopes.allow("xpatient/Patient.rs", "Patient", Interaction.READ)).isFalse();
    }

    @Test
    void aRefusalNamesTheNarrowestScope() {
        assertThat(SmartScopes.needed("RelatedPerson", Interaction.SEARCH)).isEqualTo("patient/RelatedPerson.s");
    }
}
