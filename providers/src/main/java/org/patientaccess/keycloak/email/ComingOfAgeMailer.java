package org.patientaccess.keycloak.email;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * The coming-of-age emails, in the recipient's language: the day and the young person's first name,
 * never anything of their health. Sent from the daily task, so without a request: the recipient's
 * own language is used, not a browser's. Best effort: a failure is logged without personal data.
 */
public final class ComingOfAgeMailer {

    static final String TEMPLATE = "patient-access-coming-of-age.ftl";
    private static final Logger LOG = Logger.getLogger(ComingOfAgeMailer.class);

    public enum Notice {
        /** To a parent or guardian, 30 days before. */
        GUARDIAN_COMING_OF_AGE("patientAccessComingOfAgeSubject"),
        /** To the young person's own account, 30 days before. */
        SELF_COMING_OF_AGE("patientAccessComingOfAgeSubject"),
        /** To a parent or guardian, on the day the young person may have their own account. */
        GUARDIAN_OWN_ACCOUNT("patientAccessOwnAccountSubject");

        private final String subjectKey;

        Notice(String subjectKey) {
            this.subjectKey = subjectKey;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ComingOfAgeMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Whether the email went out. */
    public boolean send(Notice notice, UserModel recipient, PatientRecord patient, LocalDate day) {
        if (recipient.getEmail() == null) {
            return false;
        }
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Constants.IGNORE_ACCEPT_LANGUAGE_HEADER, true);
        attributes.put("notice", notice.name());
        attributes.put("clinicName", clinic);
        attributes.put("recipientFirstName", recipient.getFirstName() == null ? "" : recipient.getFirstName());
        attributes.put("patientFirstName", patient.details().firstName());
        attributes.put("day", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(recipient)).format(day));
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(recipient)
                    .send(notice.subjectKey, List.of(clinic), TEMPLATE, attributes);
            return true;
        } catch (EmailException e) {
            // Not the exception itself: its text can name the recipient.
            LOG.warnf("Could not send the coming-of-age email for record %s (%s)", patient.id(), e.getClass().getSimpleName());
            return false;
        }
    }

    private Locale locale(UserModel recipient) {
        String tag = recipient.getFirstAttribute(UserModel.LOCALE);
        if (tag == null || tag.isBlank()) {
            tag = realm.getDefaultLocale();
        }
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }
}
