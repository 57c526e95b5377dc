package org.patientaccess.keycloak.email;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * Sends an invitation through Keycloak's EmailTemplateProvider and the realm's SMTP settings, in the
 * invitation's language: the clinic, the patient's first name, the relationship, the link and when
 * it expires.
 */
public final class InvitationMailer {

    static final String TEMPLATE = "patient-access-invitation.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void send(Invitation invitation, PatientRecord patient, String link) throws EmailException {
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        Locale locale = invitation.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(invitation.locale());
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("clinicName", clinic);
        attributes.put("patientFirstName", patient.details().firstName());
        attributes.put("relationship", invitation.relationship().name());
        attributes.put("link", link);
        attributes.put("expiresAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(invitation.expiresAt()));
        // A temporary carer's invitation says until when: the last day of access, in the clinic's calendar.
        attributes.put("lastDay", invitation.accessUntil() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(LocalDate.ofInstant(invitation.accessUntil(), ComingOfAgeSettings.of(realm).zone()).minusDays(1)));
        session.getProvider(EmailTemplateProvider.class)
                .setRealm(realm)
                .setUser(new InvitedAddress(session, realm, invitation.email(), invitation.locale()))
                .send("patientAccessInvitationSubject", List.of(patient.details().firstName(), clinic), TEMPLATE, attributes);
    }
}
