package org.patientaccess.keycloak.it.support.browser;

import org.openqa.selenium.By;

/**
 * Locators that find what a person looks for: a control by its role and the name a person reads on
 * it (its text, its aria-label, its label), text by what it says. Each is relative to where it is
 * searched, so it also works within a row or a dialog, and prints as what it looks for
 * ({@code button "Add user"}).
 */
public final class ByRole {

    private static final String TEXT_INPUT = "self::input[not(@type) or @type='text' or @type='email' or @type='search' or @type='tel'"
            + " or @type='url' or @type='password' or @type='number' or @type='date']"
            + " or self::textarea or @role='textbox' or @role='searchbox' or @role='combobox'";

    private ByRole() {
    }

    public static By button(String name) {
        return named("button \"" + name + "\"",
                "(self::button or @role='button' or self::input[@type='submit' or @type='button'])"
                        + " and (" + textOrLabel(name) + " or @value=" + literal(name) + ")");
    }

    public static By link(String name) {
        return named("link \"" + name + "\"", "(self::a or @role='link') and (" + textOrLabel(name) + ")");
    }

    public static By tab(String name) {
        return named("tab \"" + name + "\"", "@role='tab' and (" + textOrLabel(name) + ")");
    }

    public static By menuItem(String name) {
        return named("menu item \"" + name + "\"", "starts-with(@role, 'menuitem') and (" + textOrLabel(name) + ")");
    }

    public static By heading(String name) {
        return named("heading \"" + name + "\"",
                "(self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or @role='heading') and (" + textOrLabel(name) + ")");
    }

    /** A text field by its label (a label element, a wrapping label, aria-label or, as a person would read it, its placeholder). */
    public static By textbox(String label) {
        String labelText = "normalize-space(translate(., '*', ''))=" + literal(label);
        return named("textbox \"" + label + "\"", "(" + TEXT_INPUT + ") and (@aria-label=" + literal(label)
                + " or @placeholder=" + literal(label)
                + " or @id=//label[" + labelText + "]/@for"
                + " or ancestor::label[" + labelText + "]"
                + " or @aria-labelledby=//*[" + labelText + "]/@id)");
    }

    /** A drop-down list (a {@code select}) by its label, as {@link #textbox} finds a text field. */
    public static By select(String label) {
        String labelText = "normalize-space(translate(., '*', ''))=" + literal(label);
        return named("select \"" + label + "\"", "self::select and (@aria-label=" + literal(label)
                + " or @id=//label[" + labelText + "]/@for"
                + " or @aria-labelledby=//*[" + labelText + "]/@id)");
    }

    /** A table by its name (aria-label), for what only one of a page's tables shows. */
    public static By table(String name) {
        return named("table \"" + name + "\"", "(self::table or @role='table' or @role='grid') and (@aria-label=" + literal(name)
                + " or @aria-labelledby=//*[normalize-space(.)=" + literal(name) + "]/@id)");
    }

    public static By checkbox(String label) {
        String labelText = "normalize-space(.)=" + literal(label);
        return named("checkbox \"" + label + "\"", "(self::input[@type='checkbox'] or @role='checkbox' or @role='switch')"
                + " and (@aria-label=" + literal(label) + " or @id=//label[" + labelText + "]/@for or ancestor::label[" + labelText + "])");
    }

    /** A dialog by its title (aria-label, aria-labelledby or its heading). */
    public static By dialog(String title) {
        return named("dialog \"" + title + "\"", "(@role='dialog' or @role='alertdialog') and (@aria-label=" + literal(title)
                + " or @aria-labelledby=//*[normalize-space(.)=" + literal(title) + "]/@id"
                + " or .//*[self::h1 or self::h2 or self::h3][normalize-space(.)=" + literal(title) + "])");
    }

    /** A table row that shows this text in one of its cells. */
    public static By row(String cellText) {
        return named("row with \"" + cellText + "\"", "(self::tr or @role='row') and .//*[normalize-space(.)=" + literal(cellText) + "]");
    }

    /** The innermost element whose visible text contains this text (a message, a value on the page). */
    public static By text(String text) {
        String contains = "contains(normalize-space(.), " + literal(text) + ")";
        return named("text \"" + text + "\"", "not(self::script or self::style) and " + contains + " and not(*[" + contains + "])");
    }

    private static String textOrLabel(String name) {
        return "normalize-space(.)=" + literal(name) + " or @aria-label=" + literal(name) + " or @title=" + literal(name);
    }

    private static By named(String description, String condition) {
        return new By.ByXPath(".//*[" + condition + "]") {
            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** An XPath 1.0 string literal of any text, apostrophes and quotes included (French has many). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
