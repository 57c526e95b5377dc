package org.patientaccess.keycloak.age;

import java.time.LocalDate;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;

/**
 * The realm's own-account age, where it sets one: before it, a young person's record cannot be given
 * its own (SELF) account, by a grant, an invitation (when it is sent and again when it is accepted, as
 * the setting or the record may have changed in between) or a registration linking by itself; from it,
 * staff may invite them. A realm without the setting refuses staff nothing here; a registration,
 * though, links by itself as a record's own account only from the own-account age or, where the
 * realm sets none, the age of majority: below it, staff decide.
 */
public final class OwnAccountAge {

    private OwnAccountAge() {
    }

    /** Whether the record may have an account of this relationship today: false only for a SELF account too early. */
    public static boolean allows(RealmModel realm, PatientRecord record, Relationship relationship) {
        if (relationship != Relationship.SELF) {
            return true;
        }
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        return !calendar.isTooYoungForOwnAccount(record.details().birthDate(), calendar.today(KeycloakClock.UTC.instant()));
    }

    /**
     * Whether a registration may link by itself to the record as its own account today: from the
     * own-account age, or the age of majority where the realm sets none. A record without a birth
     * date tells no age: staff decide.
     */
    public static boolean allowsLinkingByItself(RealmModel realm, PatientRecord record) {
        LocalDate birthDate = record.details().birthDate();
        if (birthDate == null) {
            return false;
        }
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        LocalDate today = calendar.today(KeycloakClock.UTC.instant());
        return calendar.settings().ownAccessAge().isPresent()
                ? !calendar.isTooYoungForOwnAccount(birthDate, today)
                : !calendar.isMinor(birthDate, today);
    }

    /** Throws {@link InvalidInputException} naming {@code relationship} when a SELF account is too early for the record. */
    public static void requireOldEnough(RealmModel realm, PatientRecord record, Relationship relationship) {
        if (!allows(realm, record, relationship)) {
            ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
            LocalDate birthDate = record.details().birthDate();
            throw new InvalidInputException("relationship", "the patient may have their own (SELF) account from "
                    + calendar.ownAccessFrom(birthDate).orElseThrow() + " (the clinic's own-account age, "
                    + calendar.settings().ownAccessAge().orElseThrow() + ")");
        }
    }
}
