package dev.ossdirect.reliability.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.server.browser.AppPage;
import dev.ossdirect.server.browser.BrowserApp;
import dev.ossdirect.server.browser.Chromium;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A whole run of the app in local mode in a real Chromium: the page loads from the server, a portrait is
 * uploaded and its face found, and a truncated picture is uploaded and refused by IMM. Then every line the
 * server and the local cloud logged (start-up included) and every http response the browser received
 * (headers and bodies, from Chromium's DevTools) are searched. The RAM user's long-term secret must appear
 * nowhere; the temporary secrets and security tokens the server handed out must appear only in the bodies
 * of the token responses. Each secret is looked for as it is and percent-encoded. Without Chromium
 * (allowed only outside CI) the row is recorded as skipped.
 */
class SecretsInTheBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DETECTION = Duration.ofSeconds(90);
  private static final String[] OVER = {"done", "failed", "detection-failed"};

  @Test
  void secretsAppearOnlyWhereTheyBelong(@TempDir Path folder) throws Exception {
    ChromeDriver driver;
    try {
      driver = Chromium.start(Files.createDirectory(folder.resolve("profile")));
    } catch (TestAbortedException noChromium) {
      Ledger.record(Tally.skipped(Row.SECRETS_BROWSER, noChromium.getMessage()));
      throw noChromium;
    }
    try (BrowserApp app = BrowserApp.start(Files.createDirectory(folder.resolve("data")))) {
      searchARun(driver, app, folder);
    } finally {
      driver.quit();
    }
  }

  private static void searchARun(ChromeDriver driver, BrowserApp app, Path folder) throws Exception {
    Path portrait = folder.resolve("portrait.jpg");
    Files.write(portrait, Fixtures.bytes(Fixtures.GRACE_HOPPER));
    Path truncated = folder.resolve("truncated.jpg");
    Files.write(truncated, Fixtures.firstHalf(Fixtures.GRACE_HOPPER));

    AppPage page = new AppPage(driver);
    page.keepResponseBodies();
    page.open(app.url());
    page.choose(portrait, truncated);
    assertEquals("done", page.waitForState("portrait.jpg", DETECTION, OVER), page.errorText("portrait.jpg"));
    page.waitForState("truncated.jpg", DETECTION, OVER);

    List<AppPage.SeenResponse> responses = page.responses().stream()
        .filter(response -> response.url().startsWith("http"))
        .toList();
    List<String> logLines = app.logLines();
    String ramUserSecret = app.cloud().ramUserAccessKey().accessKeySecret();
    Set<String> temporary = new LinkedHashSet<>();
    List<AppPage.SeenResponse> tokenResponses = new ArrayList<>();
    for (AppPage.SeenResponse response : responses) {
      if (response.url().endsWith("/api/sts-token") && response.status() == 200) {
        tokenResponses.add(response);
        JsonNode token = JSON.readTree(response.body());
        temporary.add(token.get("AccessKeySecret").asText());
        temporary.add(token.get("SecurityToken").asText());
      }
    }
    List<String> leaks = new ArrayList<>();
    int clean = 0;
    for (String line : logLines) {
      List<String> found = found(line, ramUserSecret, temporary);
      clean += found.isEmpty() ? 1 : 0;
      found.forEach(secret -> leaks.add("log line \"" + abbreviated(line) + "\" holds " + secret));
    }
    for (AppPage.SeenResponse response : responses) {
      List<String> found = new ArrayList<>(found(response.headers(), ramUserSecret, temporary));
      found.addAll(tokenResponses.contains(response)
          ? found(response.body(), ramUserSecret, Set.of()) : found(response.body(), ramUserSecret, temporary));
      clean += found.isEmpty() ? 1 : 0;
      found.forEach(secret -> leaks.add("response of " + response.url() + " holds " + secret));
    }
    Ledger.record(Tally.of(Row.SECRETS_BROWSER, logLines.size() + responses.size(), clean, Tally.NO_OBJECTS)
        .withNote(logLines.size() + " log lines and " + responses.size() + " responses (" + tokenResponses.size()
            + " of them token responses) searched for the RAM user's secret and " + temporary.size()
            + " temporary secrets and tokens"));
    assertFalse(tokenResponses.isEmpty(), "the page fetched no token");
    assertEquals(List.of(), leaks);
  }

  /** Which secrets {@code text} holds, as they are or percent-encoded, described without revealing them. */
  private static List<String> found(String text, String ramUserSecret, Set<String> temporary) {
    List<String> found = new ArrayList<>();
    if (holds(text, ramUserSecret)) {
      found.add("the RAM user's secret");
    }
    for (String secret : temporary) {
      if (holds(text, secret)) {
        found.add("a temporary secret or token");
      }
    }
    return found;
  }

  private static boolean holds(String text, String secret) {
    return Arrays.asList(secret, PercentEncoding.encode(secret)).stream().anyMatch(text::contains);
  }

  private static String abbreviated(String line) {
    return line.substring(0, Math.min(80, line.length()));
  }
}
