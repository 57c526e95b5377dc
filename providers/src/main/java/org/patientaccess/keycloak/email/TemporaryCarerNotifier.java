package org.patientaccess.keycloak.email;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * Tells the other people responsible for a record (its own account, its parents and guardians) that
 * someone of the family invited a temporary carer, or ended one's access early: who did it, the
 * carer's address, until when. In each recipient's own language (not the inviter's browser's), once
 * the change commits. Best effort: a failure is logged without personal data and the change stands.
 */
public final class TemporaryCarerNotifier {

    static final String TEMPLATE = "patient-access-temporary-carer.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public TemporaryCarerNotifier(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** {@code actor} invited {@code carerEmail} to book for the patient until {@code until} (the day access ends). */
    public void invited(List<UserModel> recipients, PatientRecord patient, UserModel actor, String carerEmail, LocalDate until) {
        recipients.forEach(recipient -> send(recipient, patient, actor, carerEmail, until, true));
    }

    /** {@code actor} ended the access of the temporary carer {@code carerName} before its end. */
    public void ended(List<UserModel> recipients, PatientRecord patient, UserModel actor, String carerName) {
        recipients.forEach(recipient -> send(recipient, patient, actor, carerName, null, false));
    }

    private void send(UserModel recipient, PatientRecord patient, UserModel actor, String carer, LocalDate until, boolean invited) {
        if (recipient.getEmail() == null) {
            return;
        }
        Locale language = RecipientLocale.of(realm, recipient);
        MailAfterCommit.send(session, realm, recipient.getEmail(), language.toLanguageTag(),
                invited ? "patientAccessCarerInvitedSubject" : "patientAccessCarerEndedSubject", List.of(patient.details().firstName()),
                TEMPLATE, Map.of(
                        "invited", invited,
                        "recipientFirstName", recipient.getFirstName() == null ? "" : recipient.getFirstName(),
                        "patientFirstName", patient.details().firstName(),
                        "actorName", AccountName.of(actor),
                        "carer", carer,
                        "until", until == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(until)));
    }
}
