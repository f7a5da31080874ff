package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.Deployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/** Faces found (or not) in a real Chromium, drawn where they are, and no request to any other host. */
class ChromiumFacesTest {

  private static final Duration DETECTION = Duration.ofSeconds(60);
  private static final String[] OVER = {"done", "failed", "detection-failed"};

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  private AppPage page;

  @BeforeEach
  void openThePage() {
    browser.driver().manage().window().setSize(new Dimension(1200, 1000));
    page = browser.page();
    page.open(browser.app().url());
  }

  @Test
  void theAstronautsFaceIsFramedWhereItIsAtAnyWidth() throws IOException {
    page.choose(Fixtures.picture("astronaut.png"));
    assertEquals("done", page.waitForState("astronaut.png", DETECTION, OVER), page.errorText("astronaut.png"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("astronaut.png"));
    assertEquals(1, page.card("astronaut.png").findElements(By.cssSelector("[data-testid=face-table]")).size());

    assertFaceFramed();
    browser.driver().executeScript("arguments[0].scrollIntoView();", page.card("astronaut.png"));
    Path screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
    Files.copy(browser.driver().getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("astronaut.png"),
        StandardCopyOption.REPLACE_EXISTING);

    browser.driver().manage().window().setSize(new Dimension(420, 1000));
    page.waitUntil(Duration.ofSeconds(5), () -> pictureRect().getWidth() < 400);
    browser.driver().executeScript("arguments[0].scrollIntoView();", page.card("astronaut.png"));
    assertFaceFramed();
    Files.copy(browser.driver().getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("astronaut-narrow.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The one rectangle is on the face (left 177, top 67, 93 × 93 in the picture, ±15), as displayed. */
  private void assertFaceFramed() {
    List<WebElement> boxes = page.card("astronaut.png").findElements(By.cssSelector("[data-testid=face-box]"));
    assertEquals(1, boxes.size());
    Rectangle picture = pictureRect();
    long naturalWidth = (Long) browser.driver().executeScript("return arguments[0].naturalWidth;", picture());
    double scale = (double) picture.getWidth() / naturalWidth;
    double tolerance = 15 * scale + 3;
    Rectangle box = boxes.get(0).getRect();
    assertEquals(picture.getX() + 177 * scale, box.getX(), tolerance, "left");
    assertEquals(picture.getY() + 67 * scale, box.getY(), tolerance, "top");
    assertEquals(93 * scale, box.getWidth(), tolerance, "width");
    assertEquals(93 * scale, box.getHeight(), tolerance, "height");
  }

  private WebElement picture() {
    return page.card("astronaut.png").findElement(By.cssSelector("[data-testid=picture]"));
  }

  private Rectangle pictureRect() {
    return picture().getRect();
  }

  @Test
  void theCoffeeHasNoFace() {
    page.choose(Fixtures.picture("coffee.png"));
    assertEquals("done", page.waitForState("coffee.png", DETECTION, OVER), page.errorText("coffee.png"));
    WebElement noFaces = page.card("coffee.png").findElement(By.cssSelector("[data-testid=no-faces]"));
    assertTrue(noFaces.isDisplayed());
    assertEquals("No faces found", noFaces.getText());
    assertTrue(page.card("coffee.png").findElements(By.cssSelector("[data-testid=face-box]")).isEmpty());
  }

  /** Whether {@code url} goes over the network; data:, blob: and the browser's own chrome: do not. */
  private static boolean leavesTheBrowser(String url) {
    return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("ws:") || url.startsWith("wss:");
  }

  @Test
  void theBrowserTalksOnlyToTheAppTheBucketAndImm() throws Exception {
    page.choose(Fixtures.picture("grace_hopper.jpg"));
    assertEquals("done", page.waitForState("grace_hopper.jpg", DETECTION, OVER), page.errorText("grace_hopper.jpg"));

    Deployment deployment = browser.app().deployment();
    String appOrigin = Deployment.origin(browser.app().url());
    String ossOrigin = Deployment.origin(deployment.bucketUrl());
    String immOrigin = Deployment.origin(deployment.immEndpoint());
    Set<String> allowed = Set.of(appOrigin, ossOrigin, immOrigin);
    List<String> urls = page.requestedUrls();
    assertTrue(urls.stream().anyMatch(url -> url.startsWith(ossOrigin + "/")), urls.toString());
    assertTrue(urls.stream().anyMatch(url -> url.startsWith(immOrigin + "/")), urls.toString());
    for (String url : urls) {
      if (leavesTheBrowser(url)) {
        assertTrue(allowed.contains(Deployment.origin(URI.create(url))), "request to " + url);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) browser.driver().executeScript(
        "return performance.getEntries().map(entry => entry.name);");
    for (String url : loaded) {
      if (leavesTheBrowser(url)) {
        assertTrue(allowed.contains(Deployment.origin(URI.create(url))), "resource " + url);
      }
    }

    HttpResponse<Void> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(browser.app().url()).build(), HttpResponse.BodyHandlers.discarding());
    String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("default-src 'none'"), csp);
    assertTrue(csp.contains("script-src 'self';"), csp);
    assertTrue(csp.contains("connect-src 'self' " + ossOrigin + " " + immOrigin + ";"), csp);
  }
}
