package org.patientaccess.keycloak.it.support.browser;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person at the keyboard, without a mouse: each key goes to whatever has the focus, as the browser
 * sends it ({@code Actions}, never an element's own {@code sendKeys}, which would focus it first).
 *
 * <pre>{@code
 * keyboard.tabTo(screen.button("Add user"));
 * keyboard.press(Keys.ENTER);
 * assertThat(keyboard.hasFocusWithin(screen.dialog("Add user"))).isTrue();
 * }</pre>
 */
public final class Keyboard {

    /** More Tab presses than any page of the console needs to reach a control (masthead, navigation, toolbar, a table). */
    public static final int MOST_TABS = 120;

    private final WebDriver driver;

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** Presses these keys (or types this text) into what has the focus. */
    public Keyboard press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** What has the focus now (the page's body when nothing does). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public boolean isFocused(WebElement element) {
        return focused().equals(element);
    }

    /** Whether the focus is on this element or inside it (a dialog, a menu). */
    public boolean hasFocusWithin(WebElement part) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].contains(document.activeElement);", part));
    }

    /** Fails, naming what has the focus instead, unless this element has it. */
    public void assertFocused(WebElement element, String expectation) {
        if (!isFocused(element)) {
            throw new AssertionError("expected " + expectation + " (" + describe(element) + ") but the focus is on " + describe(focused()));
        }
    }

    /** Fails, naming what has the focus instead, unless the focus is in this part of the page. */
    public void assertFocusWithin(WebElement part, String expectation) {
        if (!hasFocusWithin(part)) {
            throw new AssertionError("expected " + expectation + " but the focus is on " + describe(focused()));
        }
    }

    /**
     * Presses Tab until this element has the focus, as a person moves through the page to reach it;
     * fails, naming what had the focus on the way, if it never does: a control the keyboard cannot reach.
     */
    public WebElement tabTo(WebElement target) {
        return moveFocusTo(target, () -> press(Keys.TAB), "Tab");
    }

    /** The same with Shift+Tab, for a control above the focus (a tab over the form just used). */
    public WebElement tabBackTo(WebElement target) {
        return moveFocusTo(target, () -> new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform(), "Shift+Tab");
    }

    private WebElement moveFocusTo(WebElement target, Runnable key, String keyName) {
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < MOST_TABS; presses++) {
            if (isFocused(target)) {
                return target;
            }
            key.run();
            passed.add(describe(focused()));
        }
        throw new AssertionError(keyName + " never reached " + describe(target) + " in " + MOST_TABS + " presses on " + driver.getCurrentUrl()
                + "; the focus went to:\n  " + String.join("\n  ", passed));
    }

    /**
     * Presses this key (an arrow) until the focused element reads this text (a menu's item), as a
     * person moves through a menu; fails, naming what the focus went through, if it never does.
     */
    public WebElement moveTo(Keys arrow, String text) {
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < 10; presses++) {
            press(arrow);
            WebElement focused = focused();
            if (focused.getText().strip().equals(text)) {
                return focused;
            }
            passed.add(describe(focused));
        }
        throw new AssertionError(arrow.name() + " never reached \"" + text + "\" on " + driver.getCurrentUrl()
                + "; the focus went to:\n  " + String.join("\n  ", passed));
    }

    /** An element as a failure names it: its tag, its role, its label or text. */
    public String describe(WebElement element) {
        String role = element.getAttribute("role");
        String label = element.getAttribute("aria-label");
        String text = element.getText().strip();
        return "<" + element.getTagName() + ">" + (role == null ? "" : " role=" + role)
                + (label == null ? "" : " aria-label=\"" + label + "\"")
                + (text.isEmpty() || text.length() > 60 ? "" : " \"" + text + "\"");
    }
}
