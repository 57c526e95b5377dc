package org.patientaccess.keycloak.lifecycle;

import java.time.LocalDate;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.model.KeycloakClock;
import org.patientaccess.keycloak.model.PatientRecord;
import org.patientaccess.keycloak.model.Relationship;
import org.patientaccess.keycloak.validation.InvalidInputException;

/**
 * The realm's own-account age, where it sets one: before it, a young person's record cannot be given
 * its own (SELF) account, by a grant or an invitation; from it, staff may invite them. A realm without
 * the setting refuses nothing here.
 */
public final class OwnAccountAge {

    private OwnAccountAge() {
    }

    /** Throws {@link InvalidInputException} naming {@code relationship} when a SELF account is too early for the record. */
    public static void requireOldEnough(RealmModel realm, PatientRecord record, Relationship relationship) {
        if (relationship != Relationship.SELF) {
            return;
        }
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        LocalDate birthDate = record.details().birthDate();
        if (calendar.isTooYoungForOwnAccount(birthDate, calendar.today(KeycloakClock.UTC.instant()))) {
            throw new InvalidInputException("relationship", "the patient may have their own (SELF) account from "
                    + calendar.ownAccessFrom(birthDate).orElseThrow() + " (the clinic's own-account age, "
                    + calendar.settings().ownAccessAge().orElseThrow() + ")");
        }
    }
}
