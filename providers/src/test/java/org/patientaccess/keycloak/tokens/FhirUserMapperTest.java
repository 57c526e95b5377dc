package org.patientaccess.keycloak.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;

class FhirUserMapperTest {

    private static final AccessiblePatient MARIA = new AccessiblePatient("p-maria", Relationship.SELF, Set.of(GrantPermission.BOOK),
            null, null, null, null, "g-maria");
    private static final AccessiblePatient SOFIA = new AccessiblePatient("p-sofia", Relationship.PARENT, Set.of(GrantPermission.BOOK),
            null, null, null, null, "g-sofia");

    @Test
    void actingForSomeoneElseTheUserIsTheRelatedPersonOfTheirGrant() {
        assertThat(FhirUserMapper.reference(List.of(MARIA, SOFIA), new SelectedPatient.Current("p-sofia"))).contains("RelatedPerson/g-sofia");
    }

    @Test
    void actingForTheirOwnRecordTheUserIsThatPatient() {
        assertThat(FhirUserMapper.reference(List.of(MARIA, SOFIA), new SelectedPatient.Current("p-maria"))).contains("Patient/p-maria");
    }

    @Test
    void withNoPatientChosenTheUserIsTheirOwnRecordIfTheyHaveOne() {
        assertThat(FhirUserMapper.reference(List.of(MARIA, SOFIA), new SelectedPatient.Unbound())).contains("Patient/p-maria");
        assertThat(FhirUserMapper.reference(List.of(SOFIA), new SelectedPatient.Unbound())).isEmpty();
    }

    @Test
    void aChoiceWhoseGrantEndedNamesNobody() {
        assertThat(FhirUserMapper.reference(List.of(MARIA), new SelectedPatient.Ended())).isEmpty();
    }
}
