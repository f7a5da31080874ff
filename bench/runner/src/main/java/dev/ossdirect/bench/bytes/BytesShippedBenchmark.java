package dev.ossdirect.bench.bytes;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.LocalApp;
import dev.ossdirect.bench.browser.Chromium;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Headline;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Part 3: the bytes a first visit downloads. Ours: every file of our own origin that headless Chromium
 * loads when it opens the app, as its resource timing lists them (the host page, the style sheet and the
 * compiled script the server chose for the page), apart from the token endpoint's answer, which is data;
 * and the script of the build a server that lets the page sign its uploads sends instead. The seed's: its two third-party scripts, from the npm packages they come from.
 */
public final class BytesShippedBenchmark implements BenchmarkPart {

  /** The seed's scripts, in the npm packages: the OSS SDK's browser build and crypto-js. */
  static final List<String> SEED_SCRIPTS =
      List.of("ali-oss-6.17.0/dist/aliyun-oss-sdk.min.js", "crypto-js/crypto-js.js");
  static final List<String> SEED_NAMES =
      List.of("aliyun-oss-sdk-6.17.0.min.js (`ali-oss@6.17.0/dist/aliyun-oss-sdk.min.js`)",
          "crypto-js.js 4.1.1 (`crypto-js@4.1.1/crypto-js.js`)");

  private record Shipped(String name, long raw, long gzip, boolean script) {}

  @Override
  public String name() {
    return "bytes-shipped";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    List<Shipped> ours = firstVisit(context, "default");
    List<Shipped> browserToken = firstVisit(context, "browser-token", "--upload-flow=browser-token");
    List<Shipped> seed = new ArrayList<>();
    for (int i = 0; i < SEED_SCRIPTS.size(); i++) {
      byte[] body = Files.readAllBytes(context.referenceJs().resolve(SEED_SCRIPTS.get(i)));
      seed.add(new Shipped(SEED_NAMES.get(i), body.length, Gzip.size(body), true));
    }
    return section(ours, browserToken, seed);
  }

  /** What a first visit to the app, started with {@code flags}, downloads from the app's origin. */
  private static List<Shipped> firstVisit(BenchContext context, String name, String... flags) throws Exception {
    List<Shipped> shipped = new ArrayList<>();
    try (LocalApp app = LocalApp.start(context.freshFolder("bytes-data-" + name), flags)) {
      ChromeDriver driver = Chromium.start(context.freshFolder("chromium-bytes-" + name));
      List<String> urls;
      try {
        driver.get(app.url("/").toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> loaded(driver).stream()
            .anyMatch(url -> url.endsWith(".cache.js")));
        Thread.sleep(1000); // anything the script loads once it runs
        urls = loaded(driver).stream().distinct().toList();
      } finally {
        driver.quit();
      }
      HttpClient http = HttpClient.newHttpClient();
      URI origin = app.url("/");
      for (String url : urls) {
        URI uri = URI.create(url);
        if (!uri.getAuthority().equals(origin.getAuthority()) || uri.getPath().startsWith("/api/")) {
          continue;
        }
        HttpResponse<byte[]> response =
            http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          continue; // nothing was shipped, such as a favicon.ico the page does not have
        }
        byte[] body = response.body();
        String path = uri.getPath();
        shipped.add(new Shipped("`" + path + "`" + (path.equals("/") ? " (host page)" : ""), body.length,
            Gzip.size(body), path.endsWith(".js")));
      }
    }
    return shipped;
  }

  /**
   * Every URL the page loaded: itself and the resource timing of the page and of any frames (GWT's own
   * loader, which the server's page does without, would install the script in a frame).
   */
  @SuppressWarnings("unchecked")
  private static List<String> loaded(ChromeDriver driver) {
    return (List<String>) driver.executeScript(
        "const frames = Array.from(document.querySelectorAll('iframe')).map(f => f.contentWindow);"
            + "return [location.href].concat([window].concat(frames)"
            + ".flatMap(w => w.performance.getEntriesByType('resource').map(e => e.name)));");
  }

  private static Section section(List<Shipped> ours, List<Shipped> browserToken, List<Shipped> seed) {
    Section section = new Section("3. Bytes shipped to a first visit");
    section.paragraph("Ours: every file of the app's origin that headless Chromium loaded on opening the app "
        + "(from its resource timing), each file once, fetched again to count their bytes; the token "
        + "endpoint's JSON is left out. The seed's: its two third-party scripts, taken from the npm packages "
        + "they are published in (its own page, with its inline script, is not counted). gzip is Java's at the highest level, the "
        + "same for both sides. The ratio compares JavaScript with JavaScript. The app's server, in its default "
        + "settings, signs the uploads itself, and its page loads the build of the script without OSS signers; "
        + "a server started with `--upload-flow=browser-token` lets the page sign them, and its first visit "
        + "downloads " + scripts(browserToken) + " of JavaScript instead (gzip).");
    Table table = new Table("side", "file", "raw", "gzip");
    long[] ourScripts = add(table, "ours", ours);
    long[] seedScripts = add(table, "seed", seed);
    table.row("**ours ÷ seed, JavaScript**", "",
        Figures.ratio((double) ourScripts[0] / seedScripts[0]), Figures.ratio((double) ourScripts[1] / seedScripts[1]));
    section.table(table);
    section.headline(Headline.ofCosts("JavaScript shipped (gzip) vs the seed's scripts", ourScripts[1], seedScripts[1]));
    return section;
  }

  /** The size of the scripts among {@code files}, gzipped, written out. */
  private static String scripts(List<Shipped> files) {
    return Figures.bytes(files.stream().filter(Shipped::script).mapToLong(Shipped::gzip).sum());
  }

  /** Adds {@code files} and a row of their scripts' total to {@code table}; returns that total, raw and gzip. */
  private static long[] add(Table table, String side, List<Shipped> files) {
    long raw = 0;
    long gzip = 0;
    for (Shipped file : files) {
      table.row(side, file.name, Figures.bytes(file.raw), Figures.bytes(file.gzip));
      if (file.script) {
        raw += file.raw;
        gzip += file.gzip;
      }
    }
    table.row(side, "**JavaScript in total**", "**" + Figures.bytes(raw) + "**", "**" + Figures.bytes(gzip) + "**");
    return new long[] {raw, gzip};
  }
}
