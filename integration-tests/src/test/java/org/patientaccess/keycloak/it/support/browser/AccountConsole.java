package org.patientaccess.keycloak.it.support.browser;

import org.openqa.selenium.By;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * A realm's account console as its patients use it: {@code /realms/{realm}/account/}, which sends them
 * to the realm's login page (client {@code account-console}) and back.
 *
 * <pre>{@code
 * new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "family-access");
 * screen.table("People I can act for");
 * }</pre>
 */
public final class AccountConsole {

    /** The console's frame, whatever the language and the screen: a masthead and a page heading (a phone's menu starts closed). */
    private static final By MASTHEAD = By.cssSelector("header");
    private static final By PAGE_HEADING = By.cssSelector("main h1");

    public static final String FAMILY_ACCESS = "family-access";
    public static final String ACTIVITY = "activity";
    public static final String PERSONAL_INFO = "";

    private final Screen screen;
    private final String serverUrl;
    private final String realm;

    public AccountConsole(Screen screen, String serverUrl, String realm) {
        this.screen = screen;
        this.serverUrl = serverUrl;
        this.realm = realm;
    }

    public String url(String page) {
        return serverUrl + "/realms/" + realm + "/account/" + page;
    }

    /**
     * Opens a page of the console, signs in on the realm's login page (by the ids every Keycloak login
     * theme keeps, so in any language) and waits until the page has loaded.
     */
    public AccountConsole signIn(String username, String password, String page) {
        PersonalData.used(username);
        screen.open(url(page));
        screen.find(By.id("username")).sendKeys(username);
        screen.find(By.id("password")).sendKeys(password);
        screen.find(By.id("kc-login")).click();
        return awaitLoaded();
    }

    /** Opens a page of the signed-in console ({@link #FAMILY_ACCESS}, {@link #PERSONAL_INFO}). */
    public AccountConsole open(String page) {
        screen.open(url(page));
        return awaitLoaded();
    }

    /** Waits until the console shows its masthead and the page's heading. */
    public AccountConsole awaitLoaded() {
        screen.find(MASTHEAD);
        screen.find(PAGE_HEADING);
        return this;
    }
}
