package org.patientaccess.keycloak.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ComingOfAgeCalendarTest {

    private static final LocalDate BIRTH = LocalDate.of(2008, 6, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private final ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(new ComingOfAgeSettings(18, Optional.empty(), ZoneOffset.UTC));

    @Test
    void theNoticeIsDueFromThirtyDaysBeforeTheDayUntilTheDayBefore() {
        assertThat(calendar.isNoticeDue(BIRTH, DAY.minusDays(31))).isFalse();
        assertThat(calendar.isNoticeDue(BIRTH, DAY.minusDays(30))).isTrue();
        assertThat(calendar.isNoticeDue(BIRTH, DAY.minusDays(1))).isTrue();
        assertThat(calendar.isNoticeDue(BIRTH, DAY)).as("on the day the grants end; no notice").isFalse();
    }

    @Test
    void guardiansGrantsEndOnTheDayOrAWeekLateAtMostButNeverBefore() {
        assertThat(calendar.isEndOfGuardianshipDue(BIRTH, DAY.minusDays(1))).isFalse();
        assertThat(calendar.isEndOfGuardianshipDue(BIRTH, DAY)).isTrue();
        assertThat(calendar.isEndOfGuardianshipDue(BIRTH, DAY.plusDays(7))).isTrue();
        assertThat(calendar.isEndOfGuardianshipDue(BIRTH, DAY.plusDays(8))).as("an old record's grants never end by surprise").isFalse();
    }

    @Test
    void aLeapDayChildComesOfAgeOnTheFirstOfMarchAndIsToldThirtyDaysBefore() {
        LocalDate leapBirth = LocalDate.of(2008, 2, 29);

        assertThat(calendar.comesOfAgeOn(leapBirth)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(calendar.isMinor(leapBirth, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isNoticeDue(leapBirth, LocalDate.of(2026, 1, 30))).isTrue();
        assertThat(calendar.isNoticeDue(leapBirth, LocalDate.of(2026, 1, 29))).isFalse();
    }

    @Test
    void theDayIsTheRealmsTimeZonesDay() {
        Instant lateEveningInMontreal = Instant.parse("2026-06-15T03:30:00Z");
        ComingOfAgeCalendar montreal = new ComingOfAgeCalendar(new ComingOfAgeSettings(18, Optional.empty(), ZoneId.of("America/Montreal")));

        assertThat(calendar.today(lateEveningInMontreal)).isEqualTo(DAY);
        assertThat(montreal.today(lateEveningInMontreal)).isEqualTo(DAY.minusDays(1));
        assertThat(montreal.isEndOfGuardianshipDue(BIRTH, montreal.today(lateEveningInMontreal))).isFalse();
        assertThat(montreal.startOf(DAY)).isEqualTo(Instant.parse("2026-06-15T04:00:00Z"));
    }

    @Test
    void anEarlierOwnAccountAgeRefusesAnOwnAccountOnlyBeforeIt() {
        ComingOfAgeCalendar fromSixteen = new ComingOfAgeCalendar(new ComingOfAgeSettings(18, Optional.of(16), ZoneOffset.UTC));
        LocalDate sixteenth = LocalDate.of(2024, 6, 15);

        assertThat(fromSixteen.ownAccessFrom(BIRTH)).contains(sixteenth);
        assertThat(fromSixteen.isTooYoungForOwnAccount(BIRTH, sixteenth.minusDays(1))).isTrue();
        assertThat(fromSixteen.isTooYoungForOwnAccount(BIRTH, sixteenth)).isFalse();
        assertThat(fromSixteen.isOwnAccessNoticeDue(BIRTH, sixteenth)).isTrue();
        assertThat(fromSixteen.isOwnAccessNoticeDue(BIRTH, sixteenth.minusDays(1))).isFalse();
    }

    @Test
    void withoutAnOwnAccountAgeNobodyIsTooYoungForTheirOwnAccount() {
        assertThat(calendar.ownAccessFrom(BIRTH)).isEmpty();
        assertThat(calendar.isTooYoungForOwnAccount(BIRTH, LocalDate.of(2010, 1, 1))).isFalse();
        assertThat(calendar.isOwnAccessNoticeDue(BIRTH, LocalDate.of(2024, 6, 15))).isFalse();
    }

    @Test
    void withoutABirthDateNobodyIsAMinor() {
        assertThat(calendar.isMinor(null, DAY)).isFalse();
        assertThat(calendar.isTooYoungForOwnAccount(null, DAY)).isFalse();
    }
}
