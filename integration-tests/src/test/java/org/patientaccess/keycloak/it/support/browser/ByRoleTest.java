package org.patientaccess.keycloak.it.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The locators on PatternFly 5's markup, as the admin console renders it, evaluated by the JDK's XPath 1.0 (the browser's XPath too). */
class ByRoleTest {

    private static final String PAGE = """
            <html><body>
              <nav class="pf-v5-c-nav"><ul><li><a id="nav-users" class="pf-v5-c-nav__link" href="#/clinic/users">Users</a></li>
                <li><a id="nav-user-groups" href="#/clinic/groups">User groups</a></li></ul></nav>
              <button id="add" class="pf-v5-c-button pf-m-primary" type="button"><span class="pf-v5-c-button__icon"><svg/></span>Add user</button>
              <button id="add-account" type="button">Add user account</button>
              <button id="kebab" aria-label="Kebab toggle" class="pf-v5-c-menu-toggle pf-m-plain"><svg/></button>
              <input id="kc-login" type="submit" value="Sign In"/>
              <div class="pf-v5-c-tabs"><ul role="tablist"><li class="pf-v5-c-tabs__item">
                <button id="tab-accounts" role="tab" class="pf-v5-c-tabs__link"><span class="pf-v5-c-tabs__item-text">User accounts</span></button></li></ul></div>
              <form>
                <label class="pf-v5-c-form__label" for="email"><span class="pf-v5-c-form__label-text">Email</span><span class="pf-v5-c-form__label-required" aria-hidden="true"> *</span></label>
                <input id="email" type="email" name="email"/>
                <input id="search" type="search" aria-label="Search patients"/>
                <label><input id="until" type="date"/>Valid until</label>
                <textarea id="note" placeholder="Note to the family"></textarea>
                <input id="name" type="text" aria-labelledby="name-label"/><span id="name-label">Last name</span>
                <input id="book" type="checkbox"/><label for="book">Book</label>
                <label class="pf-v5-c-form__label" for="relationship"><span class="pf-v5-c-form__label-text">Relationship</span><span aria-hidden="true"> *</span></label>
                <select id="relationship"><option value="PARENT">Parent</option></select>
                <select id="status" aria-label="Status"><option>Active</option></select>
              </form>
              <ul role="menu"><li role="none"><button id="resend" role="menuitem" class="pf-v5-c-menu__item"><span class="pf-v5-c-menu__item-text">Resend</span></button></li></ul>
              <div id="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title"><header><h1 id="dialog-title"><span>Add a user account</span></h1></header></div>
              <table id="invitations" aria-label="Invitations"><tbody>
                <tr id="maria"><td>maria@family.test</td><td>Parent</td><td><button aria-label="Kebab toggle"/></td></tr>
                <tr id="luis"><td>luis@family.test</td><td>Parent</td></tr>
              </tbody></table>
              <p id="french">Ajouter l'utilisateur «&#160;Maria&#160;»</p>
              <h2 id="heading" class="pf-v5-c-title">Patients</h2>
              <div id="alert" class="pf-v5-c-alert"><h4 id="alert-title" class="pf-v5-c-alert__title"><span class="pf-v5-screen-reader">Success alert:</span>The invitation was sent</h4></div>
            </body></html>
            """;

    @Test
    void aButtonIsFoundByTheTextOnItByItsLabelOrByItsValueAndOnlyByItsWholeName() {
        assertThat(ids(ByRole.button("Add user"))).containsExactly("add");
        assertThat(ids(ByRole.button("Kebab toggle"))).containsExactly("kebab", null);
        assertThat(ids(ByRole.button("Sign In"))).containsExactly("kc-login");
    }

    @Test
    void linksTabsMenuItemsAndHeadingsAreFoundByTheirNames() {
        assertThat(ids(ByRole.link("Users"))).containsExactly("nav-users");
        assertThat(ids(ByRole.tab("User accounts"))).containsExactly("tab-accounts");
        assertThat(ids(ByRole.menuItem("Resend"))).containsExactly("resend");
        assertThat(ids(ByRole.heading("Patients"))).containsExactly("heading");
    }

    @Test
    void aTextFieldIsFoundByItsLabelWithoutTheRequiredMarkByItsAriaLabelOrItsPlaceholder() {
        assertThat(ids(ByRole.textbox("Email"))).containsExactly("email");
        assertThat(ids(ByRole.textbox("Search patients"))).containsExactly("search");
        assertThat(ids(ByRole.textbox("Valid until"))).containsExactly("until");
        assertThat(ids(ByRole.textbox("Note to the family"))).containsExactly("note");
        assertThat(ids(ByRole.textbox("Last name"))).containsExactly("name");
        assertThat(ids(ByRole.checkbox("Book"))).containsExactly("book");
    }

    @Test
    void aDialogIsFoundByItsTitleAndARowByTheTextInOneOfItsCells() {
        assertThat(ids(ByRole.dialog("Add a user account"))).containsExactly("dialog");
        assertThat(ids(ByRole.row("maria@family.test"))).containsExactly("maria");
        assertThat(ids(ByRole.row("Parent"))).containsExactly("maria", "luis");
    }

    @Test
    void aDropDownIsFoundByItsLabelWithoutTheRequiredMarkOrItsAriaLabelAndATableByItsName() {
        assertThat(ids(ByRole.select("Relationship"))).containsExactly("relationship");
        assertThat(ids(ByRole.select("Status"))).containsExactly("status");
        assertThat(ids(ByRole.textbox("Relationship"))).as("a drop-down is not a text field").isEmpty();
        assertThat(ids(ByRole.table("Invitations"))).containsExactly("invitations");
    }

    @Test
    void textIsFoundInTheInnermostElementThatShowsItApostrophesAndQuotesIncluded() {
        assertThat(ids(ByRole.text("The invitation was sent"))).containsExactly("alert-title");
        assertThat(ids(ByRole.text("Ajouter l'utilisateur"))).containsExactly("french");
        assertThat(ids(ByRole.text("l'utilisateur «\u00a0Maria"))).containsExactly("french");
        assertThat(ByRole.literal("say \"l'un\"")).isEqualTo("concat('say \"l', \"'\", 'un\"')");
    }

    @Test
    void eachLocatorPrintsAsWhatItLooksFor() {
        assertThat(ByRole.button("Add user")).hasToString("button \"Add user\"");
        assertThat(ByRole.textbox("Email")).hasToString("textbox \"Email\"");
    }

    /** The ids of the elements the locator finds on the page, in document order (null for an element without one). */
    private static List<String> ids(By locator) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
            String xpath = ((By.Remotable) locator).getRemoteParameters().value().toString();
            NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < found.getLength(); i++) {
                String id = ((Element) found.item(i)).getAttribute("id");
                ids.add(id.isEmpty() ? null : id);
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
