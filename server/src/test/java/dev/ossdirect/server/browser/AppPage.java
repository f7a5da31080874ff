package dev.ossdirect.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The app's page in Chromium, read through its {@code data-testid} hooks. */
public final class AppPage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver driver;
  private final List<JsonNode> networkEvents = new ArrayList<>();

  public AppPage(ChromeDriver driver) {
    this.driver = driver;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens the page at {@code url} and waits until it has loaded the upload settings, in either language. */
  public void open(URI url) {
    driver.get(url.toString());
    waitUntil(Duration.ofSeconds(20), () -> {
      String limits = text("[data-testid=limits]");
      return !limits.startsWith("Loading") && !limits.startsWith("\u6b63\u5728\u52a0\u8f7d");
    });
  }

  /** Chooses {@code files} with the file input, as the picker would. */
  public void choose(Path... files) {
    String paths = Arrays.stream(files).map(Path::toString).collect(Collectors.joining("\n"));
    driver.findElement(By.cssSelector("[data-testid=file-input]")).sendKeys(paths);
  }

  WebElement card(String fileName) {
    return driver.findElement(By.cssSelector("[data-testid=file-card][data-file-name='" + fileName + "']"));
  }

  String state(String fileName) {
    return card(fileName).getAttribute("data-state");
  }

  /** Waits until the card of {@code fileName} is in one of {@code states}; returns that state. */
  public String waitForState(String fileName, Duration timeout, String... states) {
    List<String> wanted = List.of(states);
    waitUntil(timeout, () -> !driver.findElements(
        By.cssSelector("[data-testid=file-card][data-file-name='" + fileName + "']")).isEmpty()
        && wanted.contains(state(fileName)));
    return state(fileName);
  }

  /** The card's upload progress, 0 to 100. */
  int progress(String fileName) {
    return Integer.parseInt(
        card(fileName).findElement(By.cssSelector("[data-testid=progress-bar]")).getAttribute("aria-valuenow"));
  }

  public String status(String fileName) {
    return card(fileName).findElement(By.cssSelector("[data-testid=file-status]")).getText();
  }

  public String errorText(String fileName) {
    return card(fileName).findElement(By.cssSelector("[data-testid=error-box]")).getAttribute("textContent");
  }

  /** The key the card's file is stored under. */
  String objectKey(String fileName) {
    return card(fileName).getAttribute("data-object-key");
  }

  void cancel(String fileName) {
    card(fileName).findElement(By.cssSelector("[data-testid=cancel-button]")).click();
  }

  /**
   * Records, from now on, every value each progress bar of the page takes, in the page itself (a
   * MutationObserver), so that no value between two polls is missed.
   */
  void recordProgress() {
    driver.executeScript("window.progressSeen = {};"
        + "new MutationObserver(changes => changes.forEach(change => {"
        + "  const card = change.target.closest('[data-testid=file-card]');"
        + "  if (!card || change.target.dataset.testid !== 'progress-bar') return;"
        + "  (window.progressSeen[card.dataset.fileName] ||= []).push(+change.target.getAttribute('aria-valuenow'));"
        + "})).observe(document.getElementById('file-list'),"
        + "  {subtree: true, attributes: true, attributeFilter: ['aria-valuenow']});");
  }

  /** The progress values recorded for {@code fileName}, in order. */
  @SuppressWarnings("unchecked")
  List<Integer> recordedProgress(String fileName) {
    Map<String, List<Number>> seen = (Map<String, List<Number>>) driver.executeScript("return window.progressSeen;");
    List<Integer> values = new ArrayList<>();
    for (Number value : seen.getOrDefault(fileName, List.of())) {
      values.add(value.intValue());
    }
    return values;
  }

  /** Slows every upload of the browser down to {@code bytesPerSecond}. */
  void throttleUploads(long bytesPerSecond) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
        "offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", bytesPerSecond));
  }

  /** A response the browser received: its URL, status, headers (as JSON) and body. */
  public record SeenResponse(String url, int status, String headers, String body) {}

  /**
   * Makes Chromium keep the bodies of the responses it receives from now on, for {@link #responses}; call
   * it before opening the page.
   */
  public void keepResponseBodies() {
    driver.executeCdpCommand("Network.enable",
        Map.of("maxTotalBufferSize", 200_000_000, "maxResourceBufferSize", 50_000_000));
  }

  /**
   * Every response the browser has received so far, from Chromium's network log, each body asked of
   * Chromium ({@code Network.getResponseBody}); a response without a body (a CORS preflight, a 204) has
   * an empty one.
   */
  public List<SeenResponse> responses() {
    List<SeenResponse> responses = new ArrayList<>();
    for (JsonNode event : networkEvents("Network.responseReceived")) {
      JsonNode response = event.path("response");
      String body;
      try {
        Map<String, Object> result = driver.executeCdpCommand("Network.getResponseBody",
            Map.of("requestId", event.path("requestId").asText()));
        body = String.valueOf(result.get("body"));
      } catch (org.openqa.selenium.WebDriverException noBody) {
        body = "";
      }
      responses.add(new SeenResponse(response.path("url").asText(), response.path("status").asInt(),
          response.path("headers").toString(), body));
    }
    return responses;
  }

  /** Every URL the browser has requested so far, from Chromium's network log. */
  List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (JsonNode event : networkEvents("Network.requestWillBeSent")) {
      urls.add(event.path("request").path("url").asText());
    }
    return urls;
  }

  /**
   * How many times the browser fetched a URL ending in {@code suffix} over the network, from Chromium's
   * network log: answers it took from its memory or disk cache do not count.
   */
  int networkFetches(String suffix) {
    Set<String> fromCache = new HashSet<>();
    for (JsonNode event : networkEvents("Network.requestServedFromCache")) {
      fromCache.add(event.path("requestId").asText());
    }
    int fetches = 0;
    for (JsonNode event : networkEvents("Network.responseReceived")) {
      JsonNode response = event.path("response");
      if (response.path("url").asText().endsWith(suffix) && !fromCache.contains(event.path("requestId").asText())
          && !response.path("fromDiskCache").asBoolean() && !response.path("fromPrefetchCache").asBoolean()) {
        fetches++;
      }
    }
    return fetches;
  }

  /** Header {@code name} of the first {@code method} request the page sent with it, or {@code null}. */
  String requestHeader(String method, String name) {
    for (JsonNode event : networkEvents("Network.requestWillBeSent")) {
      JsonNode request = event.path("request");
      if (request.path("method").asText().equals(method)) {
        for (Map.Entry<String, JsonNode> header : request.path("headers").properties()) {
          if (header.getKey().equalsIgnoreCase(name)) {
            return header.getValue().asText();
          }
        }
      }
    }
    return null;
  }

  /** The most UploadPart requests that were under way at the same time, from Chromium's network log. */
  int maxPartsInFlight() {
    Set<String> parts = new HashSet<>();
    List<double[]> steps = new ArrayList<>();
    for (JsonNode event : networkEvents("Network.requestWillBeSent")) {
      JsonNode request = event.path("request");
      if (request.path("method").asText().equals("PUT") && request.path("url").asText().contains("partNumber=")) {
        parts.add(event.path("requestId").asText());
        steps.add(new double[] {event.path("timestamp").asDouble(), 1});
      }
    }
    for (String method : List.of("Network.loadingFinished", "Network.loadingFailed")) {
      for (JsonNode event : networkEvents(method)) {
        if (parts.contains(event.path("requestId").asText())) {
          steps.add(new double[] {event.path("timestamp").asDouble(), -1});
        }
      }
    }
    steps.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    int inFlight = 0;
    int most = 0;
    for (double[] step : steps) {
      inFlight += (int) step[1];
      most = Math.max(most, inFlight);
    }
    return most;
  }

  /** The parameters of every network event {@code method} logged so far. */
  private List<JsonNode> networkEvents(String method) {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        networkEvents.add(JSON.readTree(entry.getMessage()).path("message"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode event : networkEvents) {
      if (event.path("method").asText().equals(method)) {
        matching.add(event.path("params"));
      }
    }
    return matching;
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  void waitUntil(Duration timeout, BooleanSupplier condition) {
    new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(ignored -> condition.getAsBoolean());
  }
}
