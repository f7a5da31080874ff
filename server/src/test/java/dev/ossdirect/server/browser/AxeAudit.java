package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's rules for WCAG 2.0 and 2.1, levels A and AA, run on the page as it stands. The script is the
 * one Deque's Selenium bindings bundle (a test dependency from Maven Central), injected by WebDriver:
 * nothing is fetched at run time, and the page's Content-Security-Policy does not apply to WebDriver's
 * scripts, so the page is checked with the policy it is served with.
 */
final class AxeAudit {

  /** The WCAG 2.1 A/AA rule set: 2.1 adds rules (such as orientation and autocomplete) to 2.0's. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private AxeAudit() {}

  /** axe-core's results for the page open in {@code driver}; fails if axe-core itself failed to run. */
  static Results run(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    assertFalse(results.isErrored(), () -> "axe-core did not run: " + results.getErrorMessage());
    return results;
  }

  /** The version of axe-core that produced {@code results}, as it reports itself. */
  static String version(Results results) {
    return results.getTestEngine().getName() + " " + results.getTestEngine().getVersion();
  }

  /** Whether {@code results} hold a pass of rule {@code ruleId}: the rule ran and found elements to check. */
  static boolean passed(Results results, String ruleId) {
    return results.getPasses().stream().anyMatch(rule -> rule.getId().equals(ruleId));
  }

  /** Each rule in {@code rules} with the elements it found and why, for a failure message. */
  static String describe(List<Rule> rules) {
    return rules.stream()
        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
            + rule.getNodes().stream().map(AxeAudit::describe).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(CheckedNode node) {
    return "  " + node.getTarget() + " " + node.getHtml() + "\n    "
        + String.valueOf(node.getFailureSummary()).replace("\n", "\n    ");
  }
}
