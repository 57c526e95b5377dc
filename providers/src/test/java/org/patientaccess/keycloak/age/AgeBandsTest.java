package org.patientaccess.keycloak.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.core.GrantPermission.BOOK;
import static org.patientaccess.keycloak.core.GrantPermission.MANAGE_PROFILE;
import static org.patientaccess.keycloak.core.GrantPermission.VIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.age.AgeBands.Band;
import org.patientaccess.keycloak.age.AgeBands.Kind;
import org.patientaccess.keycloak.age.AgeBands.Narrowed;
import org.patientaccess.keycloak.core.GrantPermission;

class AgeBandsTest {

    private static final LocalDate BIRTH = LocalDate.of(2014, 6, 15);
    private static final LocalDate TWELFTH = LocalDate.of(2026, 6, 15);
    private static final Set<GrantPermission> ALL = EnumSet.allOf(GrantPermission.class);

    @Test
    void withoutASettingOrUnderMajorityOnlyGuardiansKeepEverythingUntilTheAgeOfMajority() {
        for (String setting : new String[] {null, " ", "majority-only", "Majority-Only"}) {
            AgeBands bands = bands(setting);

            assertThat(bands.understood()).isTrue();
            assertThat(bands.days(BIRTH)).isEmpty();
            assertThat(bands.carriedOn(BIRTH, LocalDate.of(2031, 1, 1))).isEmpty();
            assertThat(bands.dueOn(BIRTH, TWELFTH)).isEmpty();
        }
    }

    @Test
    void underAdolescentConfidentialityAParentKeepsOnlyBookFromTheTwelfthBirthday() {
        AgeBands bands = bands(AgeBands.ADOLESCENT_CONFIDENTIALITY);

        assertThat(bands.bands()).containsExactly(new Band(12, Kind.NARROW, Set.of(BOOK)));
        assertThat(bands.carriedOn(BIRTH, TWELFTH.minusDays(1))).isEmpty();
        assertThat(bands.carriedOn(BIRTH, TWELFTH)).contains(Set.of(BOOK));
        assertThat(AgeBands.narrow(ALL, Set.of(), Set.of(BOOK), Set.of()))
                .isEqualTo(new Narrowed(Set.of(BOOK), Set.of(VIEW, MANAGE_PROFILE)));
    }

    @Test
    void underReviewAtThirteenSuspendAtSixteenTheReviewChangesNothingAndSixteenLeavesTheGrantNothing() {
        AgeBands bands = bands(AgeBands.REVIEW_13_SUSPEND_16);
        LocalDate thirteenth = LocalDate.of(2027, 6, 15);
        LocalDate sixteenth = LocalDate.of(2030, 6, 15);

        assertThat(bands.bands()).containsExactly(new Band(13, Kind.REVIEW, Set.of()), new Band(16, Kind.SUSPEND, Set.of()));
        assertThat(bands.carriedOn(BIRTH, thirteenth)).as("a review takes nothing by itself").isEmpty();
        assertThat(bands.carriedOn(BIRTH, sixteenth)).contains(Set.of());
        Narrowed suspended = AgeBands.narrow(ALL, Set.of(), Set.of(), Set.of());
        assertThat(suspended.inForce()).isEmpty();
        assertThat(suspended.withheld()).isEqualTo(ALL);
    }

    @Test
    void aRealmsOwnBandsAreReadYoungestFirst() {
        AgeBands bands = bands("16=NONE; 12=book+VIEW ;13=review;");

        assertThat(bands.understood()).isTrue();
        assertThat(bands.bands()).containsExactly(new Band(12, Kind.NARROW, Set.of(BOOK, VIEW)), new Band(13, Kind.REVIEW, Set.of()),
                new Band(16, Kind.SUSPEND, Set.of()));
        assertThat(bands.days(BIRTH)).extracting(AgeBands.BandDay::day)
                .containsExactly(TWELFTH, LocalDate.of(2027, 6, 15), LocalDate.of(2030, 6, 15));
    }

    @Test
    void aSettingThatCannotBeReadIsNotUnderstoodAndMeansNoBand() {
        for (String setting : List.of("adolescent", "12=EVERYTHING", "twelve=BOOK", "12", "12=BOOK; 12=NONE", "0=BOOK", "18=BOOK", "=", ";")) {
            assertThat(AgeBands.parse(setting, 18)).as(setting).isEmpty();
        }
        assertThat(AgeBands.parse(AgeBands.REVIEW_13_SUSPEND_16, 16)).as("a band at the age of majority means nothing").isEmpty();
        assertThat(AgeBands.parse("15=BOOK", 16)).isPresent();
    }

    @Test
    void aLeapDayChildsBandDayIsTheFirstOfMarchInAYearWithoutTheLeapDay() {
        LocalDate leapBirth = LocalDate.of(2012, 2, 29);
        AgeBands bands = bands("13=BOOK");

        assertThat(bands.days(leapBirth)).extracting(AgeBands.BandDay::day).containsExactly(LocalDate.of(2025, 3, 1));
        assertThat(bands.carriedOn(leapBirth, LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(bands.carriedOn(leapBirth, LocalDate.of(2025, 3, 1))).contains(Set.of(BOOK));
        assertThat(bands(AgeBands.ADOLESCENT_CONFIDENTIALITY).days(leapBirth)).extracting(AgeBands.BandDay::day)
                .as("2024 has a 29 February").containsExactly(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theBandDayIsTheRealmsTimeZonesDay() {
        AgeBands bands = bands(AgeBands.ADOLESCENT_CONFIDENTIALITY);
        Instant lateEveningInMontreal = Instant.parse("2026-06-15T03:30:00Z");
        ComingOfAgeCalendar montreal = new ComingOfAgeCalendar(new ComingOfAgeSettings(18, Optional.empty(), ZoneId.of("America/Montreal")));
        ComingOfAgeCalendar utc = new ComingOfAgeCalendar(new ComingOfAgeSettings(18, Optional.empty(), ZoneOffset.UTC));

        assertThat(bands.dueOn(BIRTH, montreal.today(lateEveningInMontreal))).as("still the day before in Montreal").isEmpty();
        assertThat(bands.dueOn(BIRTH, utc.today(lateEveningInMontreal))).hasSize(1);
    }

    @Test
    void theNoticeIsDueInTheThirtyDaysBeforeABandDayAndItsWorkUpToAWeekAfter() {
        AgeBands bands = bands(AgeBands.ADOLESCENT_CONFIDENTIALITY);

        assertThat(bands.noticeDueOn(BIRTH, TWELFTH.minusDays(31))).isEmpty();
        assertThat(bands.noticeDueOn(BIRTH, TWELFTH.minusDays(30))).hasSize(1);
        assertThat(bands.noticeDueOn(BIRTH, TWELFTH)).isEmpty();
        assertThat(bands.dueOn(BIRTH, TWELFTH.minusDays(1))).isEmpty();
        assertThat(bands.dueOn(BIRTH, TWELFTH.plusDays(7))).hasSize(1);
        assertThat(bands.dueOn(BIRTH, TWELFTH.plusDays(8))).as("an old record's grants never narrow by surprise").isEmpty();
    }

    @Test
    void aBandTheClinicChangedWhileGrantsAreNarrowedWidensNothing() {
        Narrowed atTwelve = AgeBands.narrow(ALL, Set.of(), bands(AgeBands.ADOLESCENT_CONFIDENTIALITY).carriedOn(BIRTH, TWELFTH).orElseThrow(), Set.of());
        AgeBands wider = bands("12=BOOK+VIEW+MANAGE_PROFILE; 14=BOOK+VIEW");
        LocalDate fourteenth = LocalDate.of(2028, 6, 15);

        Narrowed atFourteen = AgeBands.narrow(atTwelve.inForce(), atTwelve.withheld(), wider.carriedOn(BIRTH, fourteenth).orElseThrow(), Set.of());

        assertThat(atFourteen).isEqualTo(atTwelve);
        assertThat(atFourteen.tookFrom(atTwelve.inForce())).isFalse();
        assertThat(bands(AgeBands.MAJORITY_ONLY).dueOn(BIRTH, fourteenth)).as("no band day: nothing given back either").isEmpty();
        Narrowed atSixteen = AgeBands.narrow(atTwelve.inForce(), atTwelve.withheld(),
                bands(AgeBands.REVIEW_13_SUSPEND_16).carriedOn(BIRTH, LocalDate.of(2030, 6, 15)).orElseThrow(), Set.of());
        assertThat(atSixteen).isEqualTo(new Narrowed(Set.of(), ALL));
    }

    @Test
    void whatTheYoungPersonsAssentKeepsIsNotTaken() {
        assertThat(AgeBands.narrow(ALL, Set.of(), Set.of(), Set.of(VIEW))).isEqualTo(new Narrowed(Set.of(VIEW), Set.of(BOOK, MANAGE_PROFILE)));
        assertThat(AgeBands.narrow(Set.of(BOOK), Set.of(VIEW), Set.of(), Set.of(VIEW)))
                .as("an assent keeps what is in force; it gives nothing back by itself").isEqualTo(new Narrowed(Set.of(), Set.of(BOOK, VIEW)));
    }

    private static AgeBands bands(String setting) {
        return new AgeBands(AgeBands.parse(setting, 18).orElseThrow(), setting, true);
    }
}
