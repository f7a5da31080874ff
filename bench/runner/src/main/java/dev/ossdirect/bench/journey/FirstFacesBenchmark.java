package dev.ossdirect.bench.journey;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.LocalApp;
import dev.ossdirect.bench.browser.Chromium;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Headline;
import dev.ossdirect.bench.report.Samples;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Part: what a person waits for, from the moment the page starts to open (its navigation start) to the
 * moment the faces in their picture are drawn, in our page and in the seed's (the tutorial's
 * {@code imm_example.html}, in {@code webapp/seed/}), for a picture of two people of about a megabyte.
 * Each page is served by a server of its own in local mode, with its own local cloud: ours in its
 * default flow, the seed's in the browser-token flow its page needs, which also serves the tutorial's
 * {@code /get_sts_token}. Cold rounds open the page in a new browser profile; warm rounds reload it in
 * the browser that has already shown it.
 */
public final class FirstFacesBenchmark implements BenchmarkPart {

  static final int ROUNDS = 7;
  static final Duration ROUND_TIMEOUT = Duration.ofSeconds(20);
  static final Duration POLL = Duration.ofMillis(5);
  /**
   * With {@code -Dbench.firstfaces.detail=true}, each visit also prints where its time went: the page's
   * requests (resource timing), its long tasks, when its picture was decoded, and the local cloud's
   * {@code Server-Timing} for each answer. Measured runs go without it, since collecting costs time.
   */
  static final boolean DETAIL = Boolean.getBoolean("bench.firstfaces.detail");

  /** One page the person uses. */
  private enum Side {
    OURS("/", "#file-input"),
    SEED("/seed/imm_example.html", "#file");

    final String path;
    final String fileInput;

    Side(String path, String fileInput) {
      this.path = path;
      this.fileInput = fileInput;
    }
  }

  /**
   * One visit, in milliseconds from the navigation start: when the page's file input was there, when the
   * driver had chosen the file in it, when the upload was done (the seed's page says so; our file's card
   * goes on to detecting), and when the faces were drawn; and how many faces.
   */
  private record Visit(double ready, double chosen, double uploaded, double millis, Object faces) {}

  @Override
  public String name() {
    return "first-faces";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Path picture = TwoFacesPicture.write(context.root().resolve("localcloud/src/test/resources/fixtures"),
        context.freshFolder("first-faces-picture").resolve("two-people.jpg"));
    Map<Side, List<Visit>> cold = Map.of(Side.OURS, new ArrayList<>(), Side.SEED, new ArrayList<>());
    Map<Side, List<Visit>> warm = Map.of(Side.OURS, new ArrayList<>(), Side.SEED, new ArrayList<>());
    try (LocalApp ours = LocalApp.start(context.freshFolder("first-faces-ours"));
        LocalApp seed = LocalApp.start(context.freshFolder("first-faces-seed"), "--upload-flow=browser-token")) {
      Map<Side, LocalApp> apps = Map.of(Side.OURS, ours, Side.SEED, seed);
      String probe = resource("/pages/first-faces-probe.js");
      // One cold visit per side first, not counted: it loads what the JVM and each local cloud load once.
      for (int round = -1; round < ROUNDS; round++) {
        for (Side side : round % 2 == 0 ? List.of(Side.OURS, Side.SEED) : List.of(Side.SEED, Side.OURS)) {
          ChromeDriver driver = browser(context, side, probe, "first-faces-cold");
          try {
            Visit visit = visit(driver, apps.get(side), side, picture);
            if (round >= 0) {
              cold.get(side).add(visit);
            }
          } finally {
            driver.quit();
          }
        }
      }
      Map<Side, ChromeDriver> browsers = Map.of(
          Side.OURS, browser(context, Side.OURS, probe, "first-faces-warm-ours"),
          Side.SEED, browser(context, Side.SEED, probe, "first-faces-warm-seed"));
      try {
        for (Side side : Side.values()) {
          visit(browsers.get(side), apps.get(side), side, picture); // fills the cache, not counted
        }
        for (int round = 0; round < ROUNDS; round++) {
          for (Side side : round % 2 == 0 ? List.of(Side.OURS, Side.SEED) : List.of(Side.SEED, Side.OURS)) {
            warm.get(side).add(visit(browsers.get(side), apps.get(side), side, picture));
          }
        }
      } finally {
        browsers.values().forEach(ChromeDriver::quit);
      }
    }
    return section(cold, warm, Files.size(picture));
  }

  /**
   * A browser with the probe installed. The seed's page has inline scripts, which our server's
   * Content-Security-Policy forbids; the tutorial's own server sends none, so the seed's browser ignores it.
   */
  private static ChromeDriver browser(BenchContext context, Side side, String probe, String profile)
      throws IOException {
    ChromeDriver driver = Chromium.start(context.freshFolder(profile), PageLoadStrategy.NONE, DETAIL);
    if (side == Side.SEED) {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    }
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", (DETAIL ? "window.firstFacesDetail = true;\n" : "") + probe));
    return driver;
  }

  /**
   * Opens the page, chooses the picture as soon as the page offers its file input (the driver does not
   * wait for the page's load event), and waits for the faces.
   */
  private static Visit visit(ChromeDriver driver, LocalApp app, Side side, Path picture) {
    // The page shown before (warm rounds) is marked, so that its file input is not taken for the new one's.
    driver.executeScript("if (document.documentElement) document.documentElement.dataset.left = 'yes'");
    driver.get(app.url(side.path).toString());
    WebElement input = new WebDriverWait(driver, ROUND_TIMEOUT, POLL).until(d -> (WebElement) driver.executeScript(
        "return document.documentElement && !document.documentElement.dataset.left"
            + " ? document.querySelector(arguments[0]) : null", side.fileInput));
    input.sendKeys(picture.toAbsolutePath().toString());
    Map<?, ?> probe;
    try {
      probe = (Map<?, ?>) new WebDriverWait(driver, ROUND_TIMEOUT, Duration.ofMillis(20)).until(d ->
          driver.executeScript("return window.firstFaces && window.firstFaces.drawn !== null ? window.firstFaces : null"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new IllegalStateException(side + ": no faces drawn; the page noted " + driver.executeScript(
          "return JSON.stringify(window.firstFaces) + ' ' + document.body.innerText"), e);
    }
    if (side == Side.SEED && probe.get("faces") == null) {
      throw new IllegalStateException("the seed's page showed no faces: " + probe.get("result"));
    }
    if (DETAIL) {
      new WebDriverWait(driver, ROUND_TIMEOUT, POLL).until(d -> driver.executeScript(
          "return !window.firstFaces.marks || window.firstFaces.marks.decodeSmall !== undefined"));
      VisitDetail.print(driver, side.name());
    }
    Object uploaded = side == Side.SEED ? probe.get("uploaded") : ((Map<?, ?>) probe.get("states")).get("detecting");
    return new Visit(millis(probe.get("ready")), millis(probe.get("chosen")), millis(uploaded), millis(probe.get("drawn")),
        probe.get("faces"));
  }

  private static double millis(Object pageTime) {
    return ((Number) pageTime).doubleValue();
  }

  private static Section section(Map<Side, List<Visit>> cold, Map<Side, List<Visit>> warm, long pictureBytes) {
    Section section = new Section("9. What a person waits for: page open to faces drawn");
    section.paragraph("From the moment the page starts to open (its navigation start, `performance.now()` = 0) to "
        + "the moment the faces of a picture of two people are drawn, in headless Chromium: `two-people.jpg`, "
        + "the fixtures `grace_hopper.jpg` and `astronaut.png` side by side, scaled up until the JPEG reached "
        + Figures.bytes(pictureBytes) + ". Ours: the app's page in its default (server-signed) flow; the picture "
        + "is chosen through its file input as soon as the page offers it, and the faces are drawn when the "
        + "file's card shows its face boxes. The seed: the tutorial's `imm_example.html` "
        + "(`bench/runner/src/main/resources/webapp/seed/`, changed only to reach the local cloud), its scripts "
        + "ali-oss 6.17.0 and crypto-js 4.1.1 from npm, served from the same origin as its token endpoint "
        + "(`/get_sts_token`), by a server in the browser-token flow the page needs; the picture is chosen as "
        + "soon as the page shows its file input, its Upload button pressed as soon as the file is chosen and the "
        + "page's script has run, and its Request button as soon as the page says the upload succeeded (by a script given to the browser before the "
        + "page loads), and the result is shown when the page fills its result with IMM's answer. Each side "
        + "has a server and a local cloud of its own, both running all the time, and the sides alternate. "
        + "Cold: a new browser profile each round (the browser's start is not counted). Warm: the same browser "
        + "loads the page again, once before the " + ROUNDS + " rounds counted.");
    Table table = new Table("", "ours", "faces", "seed's page", "faces", "seed ÷ ours");
    List<Headline> headlines = new ArrayList<>();
    for (String kind : List.of("cold", "warm")) {
      Map<Side, List<Visit>> visits = kind.equals("cold") ? cold : warm;
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        Visit ours = visits.get(Side.OURS).get(round);
        Visit seed = visits.get(Side.SEED).get(round);
        ratios.add(seed.millis / ours.millis);
        table.row(kind + " " + (round + 1), Figures.millis(ours.millis), String.valueOf(ours.faces),
            Figures.millis(seed.millis), String.valueOf(seed.faces), Figures.ratio(seed.millis / ours.millis));
      }
      Samples oursSamples = millis(visits.get(Side.OURS));
      Samples seedSamples = millis(visits.get(Side.SEED));
      table.row("**" + kind + ": median (range)**", medianAndRange(oursSamples, Figures::millis), "",
          medianAndRange(seedSamples, Figures::millis), "", medianAndRange(Samples.of(ratios), Figures::ratio));
      headlines.add(Headline.ofCosts("Page open to faces drawn, " + kind + ", vs the seed's page",
          oursSamples.median(), seedSamples.median()));
    }
    section.table(table);
    section.paragraph("Where the time goes (medians of the " + ROUNDS + " rounds of each phase, so they need not add up to "
        + "the median total): the page until its file input is there; the driver choosing the file (WebDriver's "
        + "own round trips, the same work on both sides, slower while the page is still busy loading, as ours is "
        + "when its input appears, before its script); the upload, from the choice until the upload is done "
        + "(for the seed, the token fetch and the PutObject; for ours, whatever is left of loading the app's "
        + "script and its settings, then the server's signature and the PostObject); and the face detection "
        + "until the faces are drawn.");
    Table phases = new Table("", "page until its file input", "driver choosing the file", "upload",
        "detection until drawn", "total");
    for (String kind : List.of("cold", "warm")) {
      Map<Side, List<Visit>> visits = kind.equals("cold") ? cold : warm;
      for (Side side : Side.values()) {
        List<Visit> sideVisits = visits.get(side);
        phases.row(kind + ", " + (side == Side.OURS ? "ours" : "seed's page"),
            Figures.millis(median(sideVisits, visit -> visit.ready)),
            Figures.millis(median(sideVisits, visit -> visit.chosen - visit.ready)),
            Figures.millis(median(sideVisits, visit -> visit.uploaded - visit.chosen)),
            Figures.millis(median(sideVisits, visit -> visit.millis - visit.uploaded)),
            Figures.millis(median(sideVisits, visit -> visit.millis)));
      }
    }
    section.table(phases);
    headlines.forEach(headline -> section.paragraph(headline.label() + ": the seed's median ÷ ours **"
        + Figures.ratio(headline.advantage()) + "**."));
    headlines.forEach(section::headline);
    return section;
  }

  private static Samples millis(List<Visit> visits) {
    return Samples.of(visits.stream().map(Visit::millis).toList());
  }

  private static double median(List<Visit> visits, java.util.function.ToDoubleFunction<Visit> phase) {
    return Samples.of(visits.stream().map(visit -> phase.applyAsDouble(visit)).toList()).median();
  }

  private static String medianAndRange(Samples samples, java.util.function.DoubleFunction<String> format) {
    return "**" + format.apply(samples.median()) + "** (" + samples.range(format) + ")";
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = FirstFacesBenchmark.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
