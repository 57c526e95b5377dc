package org.patientaccess.keycloak.it.account;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A French browser gets the temporary carers of Family & access, their form and its refusals in French. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesManageTemporaryCarersInFrenchIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inFrench();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** Where the invitations go: without it, an invitation's mail cannot be sent (502). */
    @InjectMailServer
    MailServer mail;

    @Test
    void aMotherInvitesATemporaryCarerInFrench() {
        Reception reception = new Reception(urls.getBase(), realm);
        String sofia = reception.patient("Sofia", "Garcia", LocalDate.now(ZoneOffset.UTC).minusYears(9).toString());
        reception.grant(sofia, ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW", "MANAGE_PROFILE");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        screen.heading("Aidants temporaires");
        screen.text("Aucun aidant temporaire.");
        screen.button("Inviter un aidant temporaire").click();
        Screen dialog = screen.within(screen.dialog("Inviter un aidant temporaire pour Sofia Garcia"));
        dialog.text("Cette personne pourra seulement prendre rendez-vous");
        dialog.fill("Courriel", ClinicRealm.GRANDMOTHER).fill("Dernier jour où elle peut prendre rendez-vous",
                LocalDate.now(ZoneOffset.UTC).plusDays(91).toString());
        dialog.button("Envoyer l’invitation").click();
        dialog.text("Choisissez un jour entre aujourd’hui et le ");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the temporary carer dialog in French");
        dialog.fill("Dernier jour où elle peut prendre rendez-vous", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        dialog.button("Envoyer l’invitation").click();

        screen.text("Une invitation a été envoyée à " + ClinicRealm.GRANDMOTHER);
        screen.within(screen.row(ClinicRealm.GRANDMOTHER)).text("Invitée");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access with temporary carers in French");
    }
}
