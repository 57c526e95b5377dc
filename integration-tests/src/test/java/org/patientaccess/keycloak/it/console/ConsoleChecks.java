package org.patientaccess.keycloak.it.console;

import org.openqa.selenium.Keys;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;

/** What the console tests do on every page they visit, and how a receptionist finds a patient. */
final class ConsoleChecks {

    private ConsoleChecks() {
    }

    /** Saves the page's picture under a stable name (the README shows it) and fails on a serious accessibility violation. */
    static void pictured(Screen screen, String screenshot, String what) {
        Accessibility.assertNoSeriousViolations(screen.driver(), what);
        Screenshots.save(screen.driver(), screenshot);
    }

    /** Fails on a serious accessibility violation of what the browser shows now (an open dialog or menu). */
    static void accessible(Screen screen, String what) {
        Accessibility.assertNoSeriousViolations(screen.driver(), what);
    }

    /** Patients in the navigation, then a search by name, as a receptionist looks a patient up. */
    static void searchPatients(Screen screen, String name) {
        screen.link("Patients").click();
        screen.textbox("Search patients").sendKeys(name, Keys.ENTER);
    }

    /** Searches by name and opens the patient's page from the result. */
    static void openPatient(Screen screen, String surname, String fullName) {
        searchPatients(screen, surname);
        screen.link(fullName).click();
        screen.heading(fullName);
    }
}
