package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void commonNicknamesAreTheSameName() {
        assertThat(Nicknames.areSameName("robert", "bob")).isTrue();
        assertThat(Nicknames.areSameName("bill", "william")).isTrue();
        assertThat(Nicknames.areSameName("sophie", "sofia")).isTrue();
        assertThat(Nicknames.areSameName("francois", "frank")).isTrue();
    }

    @Test
    void aNameInSeveralGroupsMatchesEachButTheGroupsStayApart() {
        assertThat(Nicknames.areSameName("al", "albert")).isTrue();
        assertThat(Nicknames.areSameName("al", "alfred")).isTrue();
        assertThat(Nicknames.areSameName("albert", "alfred")).isFalse();
    }

    @Test
    void differentNamesAndUnknownNamesAreNotNicknames() {
        assertThat(Nicknames.areSameName("maria", "sofia")).isFalse();
        assertThat(Nicknames.areSameName("zorblax", "bob")).isFalse();
        assertThat(Nicknames.areSameName("zorblax", "zorblax")).isTrue();
    }

    @Test
    void theSameNamesAsANameAreItsWholeGroupAndItself() {
        assertThat(Nicknames.sameNamesAs("michael")).contains("michael", "mike", "mick").doesNotContain("robert");
        assertThat(Nicknames.sameNamesAs("zorblax")).containsExactly("zorblax");
    }
}
