package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A parent answers the clinic's invitations on Family & access, without the emailed links. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ParentsAnswerInvitationsInTheAccountConsoleIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    /** The invitations are emailed too; the realm sends through the tests' mail server. */
    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aFatherAcceptsOneInvitationAndDeclinesAnotherAndTheAcceptedChildJoinsThePeopleHeActsFor() {
        Reception reception = new Reception(urls.getBase(), realm);
        String ines = reception.patient("Ines", "Garcia", "2019-01-15");
        String pablo = reception.patient("Pablo", "Garcia", "2020-07-04");
        reception.invite(ines, ClinicRealm.FATHER, "PARENT");
        reception.invite(pablo, ClinicRealm.FATHER, "GUARDIAN");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);
        WebElement invitations = screen.table("Invitations waiting for me");
        assertThat(screen.within(invitations).row("Ines").getText()).contains("Parent");
        assertThat(screen.within(invitations).row("Pablo").getText()).contains("Guardian");
        screen.text("You do not act for anyone yet.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access with two invitations");

        screen.within(screen.row("Ines")).button("Accept").click();

        screen.text("You now act for Ines Garcia");
        assertThat(screen.within(screen.table("People I can act for")).row("Ines Garcia").getText()).contains("Parent");
        screen.waitUntilGone(ByRole.row("Ines"));

        screen.within(screen.row("Pablo")).button("Decline").click();
        Screen confirm = screen.within(screen.dialog("Decline the invitation for Pablo?"));
        Accessibility.assertNoSeriousViolations(screen.driver(), "the decline confirmation");
        confirm.button("Decline").click();

        screen.text("No invitations are waiting for you.");
        assertThat(screen.shows(ByRole.row("Pablo Garcia"))).as("a declined invitation grants nothing").isFalse();
        assertThat(reception.invitations(ines).get(0).path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(reception.invitations(pablo).get(0).path("status").asText()).isEqualTo("DECLINED");
        assertThat(reception.accounts(pablo)).isEmpty();
    }
}
