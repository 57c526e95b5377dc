package org.patientaccess.keycloak.it.support.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees in the browser, or in one part of it (a row, a dialog): each lookup waits, up to
 * {@link #PATIENCE}, until the thing is visible, as a person waits for a page to render. When it never
 * shows, the failure names what was looked for, the address and what the page showed instead.
 *
 * <pre>{@code
 * screen.button("Add user").click();
 * screen.fill("Email", "maria@family.test");
 * screen.within(screen.row("maria@family.test")).button("Kebab toggle").click();
 * }</pre>
 */
public final class Screen {

    /** Long enough for the admin console's first load on two busy cores. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final SearchContext context;

    public Screen(WebDriver driver) {
        this(driver, driver);
    }

    private Screen(WebDriver driver, SearchContext context) {
        this.driver = driver;
        this.context = context;
    }

    public WebDriver driver() {
        return driver;
    }

    public Screen open(String url) {
        driver.get(url);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The same lookups, only inside this element (a table row, a dialog, a card). */
    public Screen within(WebElement part) {
        return new Screen(driver, part);
    }

    public WebElement button(String name) {
        return find(ByRole.button(name));
    }

    public WebElement link(String name) {
        return find(ByRole.link(name));
    }

    public WebElement tab(String name) {
        return find(ByRole.tab(name));
    }

    public WebElement menuItem(String name) {
        return find(ByRole.menuItem(name));
    }

    public WebElement heading(String name) {
        return find(ByRole.heading(name));
    }

    public WebElement textbox(String label) {
        return find(ByRole.textbox(label));
    }

    public WebElement checkbox(String label) {
        return find(ByRole.checkbox(label));
    }

    public WebElement dialog(String title) {
        return find(ByRole.dialog(title));
    }

    public WebElement table(String name) {
        return find(ByRole.table(name));
    }

    public WebElement row(String cellText) {
        return find(ByRole.row(cellText));
    }

    /** Waits until this text shows on the screen and answers the element that shows it. */
    public WebElement text(String text) {
        return find(ByRole.text(text));
    }

    /** Replaces what the labelled text field holds, as a person selects all and types. */
    public Screen fill(String label, String value) {
        WebElement field = textbox(label);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
        return this;
    }

    /** Chooses the option a person reads in the labelled drop-down list. */
    public Screen choose(String label, String option) {
        new Select(find(ByRole.select(label))).selectByVisibleText(option);
        return this;
    }

    /** Waits until something is visible and enabled, and answers the first such element. */
    public WebElement find(By locator) {
        try {
            return waiting().until(ignored -> firstVisible(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("no visible " + locator + " after " + PATIENCE.toSeconds() + " s on " + url()
                    + "; the page shows:\n" + whatThePageShows(), e);
        }
    }

    /** Waits until nothing matching is visible any more (a dialog closed, a row removed, a spinner gone). */
    public void waitUntilGone(By locator) {
        try {
            waiting().until(ignored -> firstVisible(locator) == null);
        } catch (TimeoutException e) {
            throw new AssertionError(locator + " still visible after " + PATIENCE.toSeconds() + " s on " + url()
                    + "; the page shows:\n" + whatThePageShows(), e);
        }
    }

    /** Waits until a condition holds (something the page does not show, such as the server's clock having moved on). */
    public void waitUntil(String what, BooleanSupplier condition) {
        try {
            waiting().until(ignored -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("not " + what + " after " + PATIENCE.toSeconds() + " s on " + url()
                    + "; the page shows:\n" + whatThePageShows(), e);
        }
    }

    /** Whether something matching is visible now, without waiting: for asserting what is not there once the page has settled. */
    public boolean shows(By locator) {
        return firstVisible(locator) != null;
    }

    /** All visible elements matching now (rows of a table once it has loaded). */
    public List<WebElement> all(By locator) {
        return context.findElements(locator).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The text a person reads on the page now. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** For a failure's message: the page may be between two loads, which is no reason to hide the failure. */
    private String whatThePageShows() {
        try {
            return visibleText();
        } catch (RuntimeException e) {
            return "(nothing readable: " + e.getClass().getSimpleName() + ")";
        }
    }

    private WebElement firstVisible(By locator) {
        return context.findElements(locator).stream()
                .filter(element -> element.isDisplayed() && element.isEnabled())
                .findFirst().orElse(null);
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
