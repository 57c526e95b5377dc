package org.patientaccess.keycloak.email;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * Tells a parent or guardian that what they may do for a young person changed by the young person's
 * say: given back (or renewed) until a day, withdrawn, or ended after its last day. Their access
 * changes at once, with no notice ahead, so they learn it from this email rather than from a page
 * that no longer opens. Only the first name and what they may now do, in their own language; sent
 * after the change commits.
 */
public final class AssentNotice {

    static final String TEMPLATE = "patient-access-assent.ftl";

    /** How the young person's assent changed the access. */
    public enum Change { GIVEN, WITHDRAWN, EXPIRED }

    private final KeycloakSession session;
    private final RealmModel realm;

    public AssentNotice(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * @param inForce what the holder may do for the patient now
     * @param until   the assent's last day
     */
    public void tell(UserModel holder, PatientRecord patient, Change change, Set<GrantPermission> inForce, LocalDate until) {
        if (holder == null || holder.getEmail() == null) {
            return;
        }
        Locale language = RecipientLocale.of(realm, holder);
        MailAfterCommit.send(session, realm, holder.getEmail(), language.toLanguageTag(), "patientAccessAssentSubject", TEMPLATE, Map.of(
                "change", change.name(),
                "recipientFirstName", holder.getFirstName() == null ? "" : holder.getFirstName(),
                "patientFirstName", patient.details().firstName(),
                // Stable order, so that the permissions read the same in every notice.
                "inForce", inForce.stream().sorted().map(Enum::name).toList(),
                "until", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(until)));
    }
}
