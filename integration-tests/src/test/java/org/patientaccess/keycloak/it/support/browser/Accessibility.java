package org.patientaccess.keycloak.it.support.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core (the script injected through Selenium) on the page the browser shows. */
public final class Accessibility {

    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails, listing each one (rule, help, the elements' selectors), if the page has a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver, String pageName) {
        List<Rule> serious = seriousViolations(driver);
        if (!serious.isEmpty()) {
            throw new AssertionError(pageName + " (" + driver.getCurrentUrl() + ") has " + serious.size()
                    + " serious or critical accessibility violation(s):\n" + describe(serious));
        }
    }

    /** The serious and critical violations of all axe-core rules on the page now. */
    public static List<Rule> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(rule -> SERIOUS.contains(rule.getImpact())).toList();
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getTarget()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
