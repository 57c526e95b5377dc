package org.patientaccess.keycloak.email;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * The coming-of-age emails, in the recipient's language: the day and the young person's first name,
 * never anything of their health. Sent from the daily task, so without a request: the recipient's
 * own language is used, not a browser's. Best effort: a failure is logged without personal data.
 */
public final class ComingOfAgeMailer {

    static final String TEMPLATE = "patient-access-coming-of-age.ftl";
    static final String AGE_BAND_TEMPLATE = "patient-access-age-band.ftl";
    private static final Logger LOG = Logger.getLogger(ComingOfAgeMailer.class);

    public enum Notice {
        /** To a parent or guardian, 30 days before. */
        GUARDIAN_COMING_OF_AGE("patientAccessComingOfAgeSubject"),
        /** To the young person's own account, 30 days before. */
        SELF_COMING_OF_AGE("patientAccessComingOfAgeSubject"),
        /** To a parent or guardian, on the day the young person may have their own account. */
        GUARDIAN_OWN_ACCOUNT("patientAccessOwnAccountSubject"),
        /** To a parent or guardian whose grant an age band narrows, suspends or has reviewed, 30 days before. */
        GUARDIAN_AGE_BAND("patientAccessAgeBandSubject", AGE_BAND_TEMPLATE),
        /** To the young person's own account, 30 days before a band day. */
        SELF_AGE_BAND("patientAccessAgeBandSelfSubject", AGE_BAND_TEMPLATE);

        private final String subjectKey;
        private final String template;

        Notice(String subjectKey) {
            this(subjectKey, TEMPLATE);
        }

        Notice(String subjectKey, String template) {
            this.subjectKey = subjectKey;
            this.template = template;
        }
    }

    /**
     * What an age band's notice says: the age, what it does, what the guardians keep (empty when the
     * band suspends or reviews), and whether the young person may give some of it back themselves.
     */
    public record AgeBandNotice(int age, AgeBands.Kind kind, Set<GrantPermission> kept, boolean youngPersonMayAssent) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ComingOfAgeMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Whether the email went out. */
    public boolean send(Notice notice, UserModel recipient, PatientRecord patient, LocalDate day) {
        return send(notice, recipient, patient, day, Map.of());
    }

    /** An age band's notice; whether the email went out. */
    public boolean send(Notice notice, UserModel recipient, PatientRecord patient, LocalDate day, AgeBandNotice band) {
        return send(notice, recipient, patient, day, Map.of(
                "age", Integer.toString(band.age()),
                "bandKind", band.kind().name(),
                // Stable order, so that the permissions read the same in every notice.
                "kept", band.kept().stream().sorted().map(Enum::name).toList(),
                "mayAssent", band.youngPersonMayAssent()));
    }

    private boolean send(Notice notice, UserModel recipient, PatientRecord patient, LocalDate day, Map<String, Object> more) {
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
        attributes.put("day", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(RecipientLocale.of(realm, recipient)).format(day));
        attributes.putAll(more);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(recipient)
                    .send(notice.subjectKey, List.of(clinic), notice.template, attributes);
            return true;
        } catch (EmailException e) {
            // Not the exception itself: its text can name the recipient.
            LOG.warnf("Could not send the coming-of-age email for record %s (%s)", patient.id(), e.getClass().getSimpleName());
            return false;
        }
    }
}
