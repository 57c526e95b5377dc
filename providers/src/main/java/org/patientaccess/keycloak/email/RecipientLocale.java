package org.patientaccess.keycloak.email;

import java.util.Locale;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The language an account's emails are written in, for what the template cannot format itself (a
 * date): the account's own, else the realm's default, else English. Emails sent without a request
 * (the daily task) or to someone other than the person acting have no browser language to go by.
 */
final class RecipientLocale {

    private RecipientLocale() {
    }

    static Locale of(RealmModel realm, UserModel recipient) {
        String tag = recipient.getFirstAttribute(UserModel.LOCALE);
        if (tag == null || tag.isBlank()) {
            tag = realm.getDefaultLocale();
        }
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }
}
