package org.patientaccess.keycloak.it.support.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * A realm's admin console as its staff use it: {@code /admin/{realm}/console/}, which sends them to
 * the realm's own login page (client {@code security-admin-console}) and back.
 *
 * <pre>{@code
 * StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName());
 * console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
 * screen.link("Users").click();
 * }</pre>
 */
public final class StaffConsole {

    /** The console's frame, whatever the language or the theme: a masthead and a navigation with links. */
    private static final By MASTHEAD = By.cssSelector("header");
    private static final By NAVIGATION_LINK = By.cssSelector("nav a[href]");

    private final Screen screen;
    private final String serverUrl;
    private final String realm;
    private Duration signInTime;

    public StaffConsole(Screen screen, String serverUrl, String realm) {
        this.screen = screen;
        this.serverUrl = serverUrl;
        this.realm = realm;
    }

    public String url() {
        return serverUrl + "/admin/" + realm + "/console/";
    }

    /**
     * Opens the console, signs in on the realm's login page and waits until the console has loaded.
     * The login form is found by the ids Keycloak's login themes all keep, so this works in any
     * language; what the console then shows is for the test to find as a person would.
     */
    public StaffConsole signIn(String username, String password) {
        PersonalData.used(username);
        long started = System.nanoTime();
        screen.open(url());
        screen.find(By.id("username")).sendKeys(username);
        screen.find(By.id("password")).sendKeys(password);
        screen.find(By.id("kc-login")).click();
        awaitLoaded();
        signInTime = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    /** Opens a page of the signed-in console by its route within the realm ({@code patients}, {@code patients/<id>/details}). */
    public StaffConsole open(String route) {
        screen.open(url() + "#/" + realm + "/" + route);
        return awaitLoaded();
    }

    /** Waits until the console shows its masthead and its navigation (after a sign-in or a reload). */
    public StaffConsole awaitLoaded() {
        screen.find(MASTHEAD);
        screen.find(NAVIGATION_LINK);
        return this;
    }

    /** How long the last sign-in took, from opening the console to its loaded navigation. */
    public Duration signInTime() {
        return signInTime;
    }
}
