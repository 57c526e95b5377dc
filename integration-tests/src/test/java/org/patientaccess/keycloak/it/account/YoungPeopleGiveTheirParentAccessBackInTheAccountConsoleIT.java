package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * Teo turned 12 at a clinic of adolescent confidentiality: his mother keeps only booking. On Who can act
 * for me he sees what the band withheld, gives viewing back with the keyboard until the latest day
 * offered, and withdraws it; in English, and in French for an account that reads French.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class YoungPeopleGiveTheirParentAccessBackInTheAccountConsoleIT {

    private static final int ONE_DAY = 24 * 60 * 60;

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    /** A realm per test: Teo's own account holds one record in each. */
    @InjectRealm(config = AccountConsoleClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private String teo;
    private LocalDate twelfth;

    /** Teo's twelfth birthday is tomorrow; the test moves to it, the daily run narrows his mother's access, then he has his own account. */
    @BeforeEach
    void teoTurnsTwelve() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", "12").attribute("patientAccess.ageBands", "adolescent-confidentiality"));
        twelfth = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        Reception reception = new Reception(urls.getBase(), realm);
        teo = reception.patient("Teo", "Garcia", twelfth.minusYears(12).toString());
        reception.grant(teo, ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW", "MANAGE_PROFILE");
        timeOffSet.set(ONE_DAY + 60);
        String operator = PatientAccessApi.signedInAs(urls.getBase(), "master", "admin", "admin").token();
        ApiResponse run = PatientAccessApi.withToken(urls.getBase(), realm.getName(), operator)
                .at("/admin/realms/" + realm.getName() + "/patient-access/coming-of-age").post("/run", "application/json", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        new Reception(urls.getBase(), realm).grant(teo, AccountConsoleClinicRealm.MINOR, "SELF");
    }

    @AfterEach
    void backToToday() {
        timeOffSet.set(0);
    }

    @Test
    void teoGivesHisMotherViewingBackWithTheKeyboardAndWithdrawsIt() {
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(AccountConsoleClinicRealm.MINOR, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);
        WebElement mother = screen.within(screen.table("Who can act for me")).row("Maria Garcia");
        assertThat(mother.getText()).contains("Book", "Withheld by the clinic's age band: Manage profile, View");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Who can act for me, narrowed by an age band");

        Keyboard keyboard = new Keyboard(screen.driver());
        keyboard.tabTo(screen.within(mother).button("Give back…"));
        keyboard.press(Keys.ENTER);
        WebElement dialog = screen.dialog("What Maria Garcia may do for you");
        String latest = twelfth.plusMonths(12).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
        screen.within(dialog).text("The last day your assent holds: at most 12 months ahead, " + latest + ".");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the give-back dialog");
        keyboard.tabTo(screen.within(dialog).checkbox("Manage profile (withheld by the age band)"));
        keyboard.press(Keys.SPACE);
        keyboard.tabTo(screen.within(dialog).button("Give"));
        keyboard.press(Keys.ENTER);

        screen.text("Maria Garcia keeps what you chose until " + latest + ".");
        screen.waitUntil("the row to show the assent", () -> screen.row("Maria Garcia").getText().contains("Your assent"));
        assertThat(screen.row("Maria Garcia").getText())
                .contains("Book, View", "Withheld by the clinic's age band: Manage profile", "Your assent: Book, View until " + latest);

        screen.within(screen.row("Maria Garcia")).button("Withdraw").click();
        screen.within(screen.dialog("Withdraw your assent for Maria Garcia?")).button("Withdraw").click();

        screen.text("Your assent for Maria Garcia is withdrawn.");
        screen.waitUntil("the row to show the narrowing again", () -> !screen.row("Maria Garcia").getText().contains("Your assent"));
        assertThat(screen.row("Maria Garcia").getText()).contains("Withheld by the clinic's age band: Manage profile, View");
        assertThat(new Reception(urls.getBase(), realm).history(teo).toString()).contains("ASSENT_GIVEN", "ASSENT_ENDED");
    }

    @Test
    void aYoungPersonWhoReadsFrenchGetsTheSameInFrench() {
        UserRepresentation minor = realm.admin().users().searchByEmail(AccountConsoleClinicRealm.MINOR, true).get(0);
        minor.singleAttribute("locale", "fr");
        realm.admin().users().get(minor.getId()).update(minor);
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(AccountConsoleClinicRealm.MINOR, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        WebElement mother = screen.within(screen.table("Qui peut agir pour moi")).row("Maria Garcia");
        assertThat(mother.getText()).contains("Prendre rendez-vous", "Retenu par la tranche d’âge de la clinique : Gérer le profil, Consulter");
        screen.within(mother).button("Redonner…").click();
        WebElement dialog = screen.dialog("Ce que Maria Garcia peut faire pour vous");
        assertThat(screen.within(dialog).shows(ByRole.checkbox("Consulter (retenu par la tranche d’âge)"))).isTrue();
        Accessibility.assertNoSeriousViolations(screen.driver(), "the give-back dialog in French");
        screen.within(dialog).button("Donner").click();

        screen.waitUntil("the row to show the assent", () -> screen.row("Maria Garcia").getText().contains("Votre accord"));
        assertThat(screen.row("Maria Garcia").getText()).contains("Modifier ou renouveler…", "Retirer");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Who can act for me in French, with an assent");
    }
}
