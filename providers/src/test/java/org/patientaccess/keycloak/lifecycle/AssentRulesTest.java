package org.patientaccess.keycloak.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.patientaccess.keycloak.core.GrantPermission.BOOK;
import static org.patientaccess.keycloak.core.GrantPermission.MANAGE_PROFILE;
import static org.patientaccess.keycloak.core.GrantPermission.VIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.lifecycle.AssentRules.Permissions;

class AssentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate BIRTH = LocalDate.of(2012, 2, 29);

    @Test
    void anAssentNamesPermissionsTheAccessCarriesOrWasWithheldUntilADayAtMostTwelveMonthsAhead() {
        AssentRules.Terms terms = AssentRules.validate(List.of("view", " BOOK "), "2027-12-07", Set.of(BOOK, VIEW), TODAY);

        assertThat(terms.permissions()).containsExactlyInAnyOrder(BOOK, VIEW);
        assertThat(terms.until()).isEqualTo(LocalDate.of(2027, 12, 7));
        assertThat(AssentRules.latestUntil(LocalDate.of(2028, 2, 29))).as("a leap day a year on").isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void thirteenMonthsTodayOrNoDayIsRefusedNamingUntil() {
        assertThat(field(() -> AssentRules.validate(List.of("BOOK"), "2028-01-07", Set.of(BOOK), TODAY))).isEqualTo("until");
        assertThat(field(() -> AssentRules.validate(List.of("BOOK"), "2027-12-08", Set.of(BOOK), TODAY))).isEqualTo("until");
        assertThat(field(() -> AssentRules.validate(List.of("BOOK"), TODAY.toString(), Set.of(BOOK), TODAY))).isEqualTo("until");
        assertThat(field(() -> AssentRules.validate(List.of("BOOK"), null, Set.of(BOOK), TODAY))).isEqualTo("until");
        assertThat(field(() -> AssentRules.validate(List.of("BOOK"), "7/12/2027", Set.of(BOOK), TODAY))).isEqualTo("until");
    }

    @Test
    void aPermissionTheAccessNeverHadNoneOrAnUnknownOneIsRefusedNamingPermissions() {
        assertThatThrownBy(() -> AssentRules.validate(List.of("MANAGE_PROFILE"), "2027-06-01", Set.of(BOOK, VIEW), TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("never carried MANAGE_PROFILE");
        assertThat(field(() -> AssentRules.validate(List.of(), "2027-06-01", Set.of(BOOK), TODAY))).isEqualTo("permissions");
        assertThat(field(() -> AssentRules.validate(null, "2027-06-01", Set.of(BOOK), TODAY))).isEqualTo("permissions");
        assertThat(field(() -> AssentRules.validate(List.of("FLY"), "2027-06-01", Set.of(BOOK), TODAY))).isEqualTo("permissions");
    }

    @Test
    void bothBadFieldsAreNamed() {
        assertThatThrownBy(() -> AssentRules.validate(List.of("FLY"), "soon", Set.of(BOOK), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.errors()).extracting(error -> error.field()).containsExactly("permissions", "until"));
    }

    @Test
    void givingPutsTheWithheldPermissionsItNamesInForceAtOnceAndKeepsTheOthers() {
        Permissions after = AssentRules.given(new Permissions(Set.of(BOOK), Set.of(VIEW, MANAGE_PROFILE)), Set.of(BOOK, VIEW));

        assertThat(after.inForce()).containsExactlyInAnyOrder(BOOK, VIEW);
        assertThat(after.withheld()).containsExactly(MANAGE_PROFILE);
    }

    @Test
    void givingToASuspendedAccessLiftsTheSuspensionForWhatItNames() {
        Permissions after = AssentRules.given(new Permissions(Set.of(), Set.of(BOOK, VIEW)), Set.of(BOOK));

        assertThat(after.inForce()).containsExactly(BOOK);
        assertThat(after.withheld()).containsExactly(VIEW);
    }

    @Test
    void endingWithholdsAgainOnlyWhatItNamedAndTheBandWithholds() {
        Permissions before = new Permissions(Set.of(BOOK, VIEW, MANAGE_PROFILE), Set.of());

        Permissions after = AssentRules.ended(before, Set.of(BOOK, VIEW), Optional.of(Set.of(BOOK)));

        assertThat(after.inForce()).as("MANAGE_PROFILE was not the assent's: a decision of staff stays")
                .containsExactlyInAnyOrder(BOOK, MANAGE_PROFILE);
        assertThat(after.withheld()).containsExactly(VIEW);
        assertThat(AssentRules.ended(before, Set.of(VIEW), Optional.empty())).as("no band limits the access").isEqualTo(before);
        assertThat(AssentRules.ended(before, Set.of(BOOK, VIEW), Optional.of(Set.of())).inForce()).as("a suspending band")
                .containsExactly(MANAGE_PROFILE);
    }

    @Test
    void theBandThatLimitsAnAccessIsTheLastReachedWhoseDayTookIt() {
        AgeBands bands = new AgeBands(AgeBands.parse("12=BOOK; 13=REVIEW; 16=NONE", 18).orElseThrow(), "", true);
        LocalDate twelfth = LocalDate.of(2024, 2, 29);
        LocalDate sixteenth = LocalDate.of(2028, 2, 29);

        assertThat(AssentRules.carried(bands, BIRTH, twelfth.minusDays(1), day -> true)).isEmpty();
        assertThat(AssentRules.carried(bands, BIRTH, twelfth, day -> true)).contains(Set.of(BOOK));
        assertThat(AssentRules.carried(bands, BIRTH, TODAY, day -> true)).as("the review at 13 changes nothing").contains(Set.of(BOOK));
        assertThat(AssentRules.carried(bands, BIRTH, sixteenth, day -> true)).contains(Set.of());
        assertThat(AssentRules.carried(bands, BIRTH, TODAY, day -> false)).as("given after the day's work: the band is not its").isEmpty();
        assertThat(AssentRules.carried(bands, BIRTH, sixteenth, day -> day.equals(sixteenth))).as("given between the two days").contains(Set.of());
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException invalid) {
            return invalid.field();
        }
        throw new AssertionError("not refused");
    }
}
