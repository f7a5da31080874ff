package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import dev.ossdirect.server.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The page passes axe-core's WCAG 2.1 A and AA rules (contrast among them) at a desktop width and at a
 * phone's, empty and with a card for every way an upload ends: faces found and drawn with their table, no
 * faces, refused on the page (too large, not a picture), refused by OSS with an error box showing the EC
 * and its troubleshooting link, face detection failed, and cancelled; and, with face detection held, a
 * card waiting for it and one whose upload is unconfirmed (OSS's answer to its completion lost).
 *
 * <p>It also checks what axe-core cannot: that the keyboard opens the file picker and cancels an upload,
 * that Tab reaches every control in the order of the page, that each shows its focus with an outline of
 * 3:1 contrast against what is around it, and that a phone never has to scroll sideways.
 */
class ChromiumAccessibilityTest {

  private static final long MIB = 1024 * 1024;
  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final String[] OVER = {"done", "failed", "detection-failed", "refused", "cancelled"};
  private static final int PHONE_WIDTH = 375;
  private static final int PHONE_HEIGHT = 740;
  private static final int REFLOW_WIDTH = 320;
  /** WCAG 2.1, 1.4.11: what shows the state of a control stands out 3:1 from the colours next to it. */
  private static final double FOCUS_CONTRAST = 3.0;
  /**
   * The file OSS refuses, of exactly one part, so sent with one UploadPart: its key ends with this name, which
   * a script in the page looks for.
   */
  private static final String REJECTED = "rejected.png";
  private static final String PADDED = "padded.jpg";

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void theEmptyPageIsAccessibleAndItsPickerOpensFromTheKeyboard() {
    AppPage page = browser.page();
    page.open(browser.app().url());
    assertNoViolations("the empty page");

    KeyboardFocus keyboard = new KeyboardFocus(browser.driver());
    assertFocusShown("select[language]", keyboard.tab());
    assertFocusShown("button[drop-zone]", keyboard.tab());
    assertFocusShown("select[imm-signature]", keyboard.tab());
    assertEquals(3, keyboard.tabbable().size(), keyboard.tabbable().toString());

    browser.driver().executeScript("window.pickerOpened = 0;"
        + "document.getElementById('file-input').addEventListener('click', event => {"
        + "  window.pickerOpened++; event.preventDefault(); });");
    assertFocusShown("button[drop-zone]", keyboard.tabBack());
    keyboard.press(Keys.ENTER);
    keyboard.press(Keys.SPACE);
    assertEquals(2L, browser.driver().executeScript("return window.pickerOpened;"),
        "Enter and Space on the drop zone each open the file picker");
  }

  @Test
  void everyOutcomeIsAccessibleAndEveryControlReachableByKeyboard() throws IOException {
    hookRequests();
    AppPage page = browser.page();
    page.open(browser.app().url());
    Path files = browser.files();
    page.choose(
        Fixtures.picture("grace_hopper.jpg"),
        Fixtures.picture("coffee.png"),
        Fixtures.randomFile(files, "huge.png", 21 * MIB, 21),
        Files.writeString(files.resolve("notes.txt"), "not a picture"),
        Fixtures.randomFile(files, REJECTED, 5 * MIB, 5),
        Fixtures.randomFile(files, "broken.png", 64 * 1024, 64));
    assertOutcome(page, "grace_hopper.jpg", "done");
    assertOutcome(page, "coffee.png", "done");
    assertOutcome(page, "huge.png", "refused");
    assertOutcome(page, "notes.txt", "refused");
    assertOutcome(page, REJECTED, "failed");
    assertOutcome(page, "broken.png", "detection-failed");
    assertEquals(1, page.card("grace_hopper.jpg").findElements(By.cssSelector("[data-testid=face-table]")).size());
    assertEquals(1, page.card("coffee.png").findElements(By.cssSelector("[data-testid=no-faces]")).size());
    assertEquals("a", page.card(REJECTED).findElement(By.cssSelector("[data-testid=error-doc]")).getTagName());

    // Face detection held: one card waits for IMM, another too after OSS's answer to its upload was lost.
    browser.driver().executeScript("window.holdFaceDetection = true;");
    browser.app().cloud().ossLostAnswers().loseNext("CompleteMultipartUpload");
    page.choose(Fixtures.picture("astronaut.png"), paddedPicture(files));
    assertEquals("detecting", page.waitForState("astronaut.png", SETTLE, "detecting"));
    assertEquals("unconfirmed", page.waitForState(PADDED, SETTLE, "unconfirmed"));

    KeyboardFocus keyboard = new KeyboardFocus(browser.driver());
    cancelByKeyboard(page, keyboard, Fixtures.randomFile(files, "large.png", 16 * MIB, 16));

    List<String> tabbable = keyboard.tabbable();
    for (String control : List.of("select[language]", "button[drop-zone]", "select[imm-signature]",
        "a[error-doc] of " + REJECTED,
        "summary[] of grace_hopper.jpg", "summary[] of coffee.png")) {
      assertTrue(tabbable.stream().anyMatch(name -> name.startsWith(control)), control + " in " + tabbable);
    }
    List<String> order = tabOrder(keyboard, tabbable.size());
    System.out.println("Tab order:\n  " + String.join("\n  ", order));
    assertEquals(tabbable, order, "Tab follows the page's order");

    tabTo(keyboard, "summary[] of grace_hopper.jpg", tabbable.size());
    keyboard.press(Keys.ENTER);
    assertEquals(true, browser.driver().executeScript("return arguments[0].open;",
        page.card("grace_hopper.jpg").findElement(By.cssSelector("[data-testid=raw-json]"))));
    tabTo(keyboard, "pre[raw-json-text] of grace_hopper.jpg", 1);
    assertNoViolations("a card for every outcome, IMM's answer open");

    browser.driver().executeScript("window.releaseFaceDetection();");
    assertOutcome(page, "astronaut.png", "done");
    assertOutcome(page, PADDED, "done");
  }

  /**
   * grace_hopper.jpg padded past the multipart threshold (decoders stop at the JPEG's end marker), so that
   * its upload ends with a CompleteMultipartUpload whose answer the local cloud can lose.
   */
  private static Path paddedPicture(Path files) throws IOException {
    byte[] picture = Files.readAllBytes(Fixtures.picture("grace_hopper.jpg"));
    return Files.write(files.resolve(PADDED), Arrays.copyOf(picture, 6 * (int) MIB));
  }

  /**
   * Uploads a large file slowly, checks the page while it goes up, tabs to its cancel button and presses
   * Enter.
   */
  private static void cancelByKeyboard(AppPage page, KeyboardFocus keyboard, Path file) {
    String name = file.getFileName().toString();
    page.throttleUploads(MIB / 2);
    try {
      page.choose(file);
      page.waitForState(name, Duration.ofSeconds(20), "uploading");
      assertNoViolations("a card uploading");
      tabTo(keyboard, "button[cancel-button] of " + name, 40);
      keyboard.press(Keys.ENTER);
      assertEquals("cancelled", page.waitForState(name, Duration.ofSeconds(10), OVER));
      assertFocusShown("li[file-card] of " + name, keyboard.focused());
    } finally {
      page.throttleUploads(-1);
    }
    page.waitUntil(Duration.ofSeconds(30), () -> page.status(name).startsWith("Cancelled \u00b7"));
  }

  /** Presses Tab until the focus is on the element named {@code name}, each stop showing its focus. */
  private static void tabTo(KeyboardFocus keyboard, String name, int maxPresses) {
    List<String> passed = new ArrayList<>();
    for (int i = 0; i < maxPresses; i++) {
      FocusRing ring = keyboard.tab();
      passed.add(ring.element());
      if (ring.element().startsWith(name)) {
        assertFocusShown(name, ring);
        return;
      }
    }
    throw new AssertionError("Tab never reached " + name + ": " + passed);
  }

  /**
   * One round of Tab through the page, from the language switch (its first control) up to where the focus
   * leaves the page or comes back to the switch, each stop showing its focus.
   */
  private static List<String> tabOrder(KeyboardFocus keyboard, int controls) {
    tabTo(keyboard, "select[language]", controls + 2);
    List<String> order = new ArrayList<>();
    FocusRing ring = keyboard.focused();
    while (!ring.element().equals("body") && (order.isEmpty() || !ring.element().startsWith("select[language]"))) {
      assertFocusShown(ring.element(), ring);
      order.add(ring.element());
      if (order.size() > controls + 1) {
        break;
      }
      ring = keyboard.tab();
    }
    return order;
  }

  private static void assertOutcome(AppPage page, String fileName, String state) {
    assertEquals(state, page.waitForState(fileName, SETTLE, OVER), () -> fileName + ": " + page.errorText(fileName));
  }

  /** The focus is on the element named {@code name}, drawn with an outline that stands out 3:1. */
  private static void assertFocusShown(String name, FocusRing ring) {
    assertTrue(ring.element().startsWith(name), "focus on " + ring.element() + ", not " + name);
    assertTrue(ring.visible(), "no focus outline on " + ring);
    assertTrue(ring.outlineWidth() >= 2, "a focus outline under 2px on " + ring);
    assertTrue(ring.contrast() >= FOCUS_CONTRAST, String.format("focus outline contrast %.2f:1 on %s",
        ring.contrast(), ring));
  }

  /**
   * axe-core finds no violation of WCAG 2.1 A/AA on {@code what}, and checks text contrast, at a desktop
   * width and then at a phone's. On the phone, and on the narrowest screen WCAG 2.1 asks a page to reflow
   * to (1.4.10: 320 CSS px), nothing may be wider than the screen.
   */
  private static void assertNoViolations(String what) {
    assertNoViolations(what, "1200 px wide");
    try {
      onScreen(REFLOW_WIDTH, PHONE_HEIGHT);
      assertFitsTheScreen(what, REFLOW_WIDTH);
      onScreen(PHONE_WIDTH, PHONE_HEIGHT);
      assertFitsTheScreen(what, PHONE_WIDTH);
      assertNoViolations(what, "on a phone, " + PHONE_WIDTH + "\u00d7" + PHONE_HEIGHT);
    } finally {
      browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Lays the page out as a phone's screen of {@code width} × {@code height} CSS px would. */
  private static void onScreen(int width, int height) {
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    browser.page().waitUntil(Duration.ofSeconds(5),
        () -> ((Number) browser.driver().executeScript("return window.innerWidth;")).intValue() == width);
  }

  private static void assertFitsTheScreen(String what, int width) {
    long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
    assertTrue(scrollWidth <= width, what + ": the page is " + scrollWidth + " px wide on a " + width + " px screen");
  }

  private static void assertNoViolations(String what, String where) {
    Results results = AxeAudit.run(browser.driver());
    System.out.printf("%s (%s) on %s, %s: %d rules passed, %d violated, %d to review by hand:%n%s%n",
        AxeAudit.version(results), String.join(" ", AxeAudit.WCAG_21_AA), what, where,
        results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size(),
        AxeAudit.describe(results.getIncomplete()));
    assertTrue(results.getViolations().isEmpty(),
        () -> what + ", " + where + ":\n" + AxeAudit.describe(results.getViolations()));
    assertTrue(AxeAudit.passed(results, "color-contrast"), what + ", " + where + ": text contrast was not checked");
  }

  /**
   * Before the page's own scripts run, puts two hooks on its requests. Every PUT (an UploadPart) of a file named
   * {@link #REJECTED} carries one more {@code x-oss-} header after the page signed it, so that OSS refuses it
   * with {@code SignatureDoesNotMatch} and an EC (as in {@link ChromiumFineGrainedErrorTest}). And while
   * {@code window.holdFaceDetection} is true, requests to IMM wait, until {@code window.releaseFaceDetection()}:
   * cards stay {@code detecting} or {@code unconfirmed} for as long as the test looks at them.
   */
  private static void hookRequests() {
    String ossOrigin = Deployment.origin(browser.app().deployment().bucketUrl());
    String immOrigin = Deployment.origin(browser.app().deployment().immEndpoint());
    String script = "(() => {"
        + "  const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send, held = [];"
        + "  window.holdFaceDetection = false;"
        + "  window.releaseFaceDetection = () => {"
        + "    window.holdFaceDetection = false; held.splice(0).forEach(go => go()); };"
        + "  XMLHttpRequest.prototype.open = function (method, url) {"
        + "    this.sentTo = method + ' ' + url; return open.apply(this, arguments); };"
        + "  XMLHttpRequest.prototype.send = function () {"
        + "    const request = this, body = arguments;"
        + "    if (this.sentTo.startsWith('PUT " + ossOrigin + "') && this.sentTo.includes('-" + REJECTED + "')) {"
        + "      this.setRequestHeader('x-oss-meta-added-after-signing', 'yes'); }"
        + "    if (window.holdFaceDetection && this.sentTo.includes(' " + immOrigin + "')) {"
        + "      held.push(() => send.apply(request, body)); return; }"
        + "    return send.apply(this, body); };"
        + "})();";
    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
  }
}
