package dev.ossdirect.bench.browser;

import dev.ossdirect.bench.BenchContext;
import dev.ossdirect.bench.BenchmarkPart;
import dev.ossdirect.bench.SigningInputs;
import dev.ossdirect.bench.report.Figures;
import dev.ossdirect.bench.report.Headline;
import dev.ossdirect.bench.report.Samples;
import dev.ossdirect.bench.report.Section;
import dev.ossdirect.bench.report.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Part 2: signing throughput in headless Chromium, on one page: our GWT-compiled signer against the
 * seed's RPC V1 method (CryptoJS 4.1.1), and against ali-oss 6.23.0's V4 signer for an OSS
 * {@code PutObject}. Each round signs {@value #SIGNATURES} times with each signer, in a rotating order;
 * a first round warms the JavaScript engine up and is not counted.
 */
public final class BrowserSigningBenchmark implements BenchmarkPart {

  static final int SIGNATURES = 20_000;
  static final int ROUNDS = 7;

  private record Pair(String title, String ours, String reference, String referenceName) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("RPC V1, DetectImageFaces (12 parameters)", "oursRpcV1", "seedRpcV1",
          "the seed's method with CryptoJS 4.1.1 HmacSHA1"),
      new Pair("OSS V4, PutObject", "oursOssV4", "aliOssV4", "ali-oss 6.23.0 `authorizationV4`"));

  @Override
  public String name() {
    return "browser-signing";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, Object> signatures;
    try (PageServer pages = PageServer.start(Map.of(
            "/reference/", context.referenceJs(), "/ours/", context.signingJs()))) {
      ChromeDriver driver = Chromium.start(context.freshFolder("chromium-signing"));
      try {
        driver.get(pages.url("/pages/signing.html").toString());
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(d -> Boolean.TRUE.equals(driver.executeScript("return window.ossdirectSigningReady === true")));
        @SuppressWarnings("unchecked")
        Map<String, Object> produced = (Map<String, Object>) driver.executeScript(
            "return signingBench.setUp(arguments[0])", inputs());
        signatures = produced;
        for (Pair pair : PAIRS) {
          if (!signatures.get(pair.ours).equals(signatures.get(pair.reference))) {
            throw new IllegalStateException(pair.title + ": the signatures differ, so the benchmark would compare "
                + "different work.\n  ours:      " + signatures.get(pair.ours) + "\n  reference: "
                + signatures.get(pair.reference));
          }
        }
        List<String> signers = new ArrayList<>();
        PAIRS.forEach(pair -> signers.addAll(List.of(pair.ours, pair.reference)));
        signers.forEach(signer -> millis.put(signer, new ArrayList<>()));
        for (int round = 0; round <= ROUNDS; round++) {
          for (int i = 0; i < signers.size(); i++) {
            String signer = signers.get((i + round) % signers.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> timed = (Map<String, Object>) driver.executeScript(
                "return signingBench.time(arguments[0], arguments[1])", signer, SIGNATURES);
            if (round > 0) {
              millis.get(signer).add(((Number) timed.get("ms")).doubleValue());
            }
          }
        }
      } finally {
        driver.quit();
      }
    }
    return section(millis, signatures);
  }

  private static Section section(Map<String, List<Double>> millis, Map<String, Object> signatures) {
    Section section = new Section("2. Signing throughput in the browser");
    section.paragraph("Headless Chromium, one page, " + ROUNDS + " measured rounds after one warm-up round; each "
        + "round signs the same inputs " + Figures.whole(SIGNATURES) + " times with each signer, the order "
        + "rotating from round to round. Ours is `shared` compiled by GWT with the client's settings "
        + "(`bench/signing-js`); the seed's RPC V1 method is written again in the page "
        + "(`bench/runner/src/main/resources/pages/signing-bench.js`: sorting, `encodeURIComponent` with "
        + "its five replacements, CryptoJS 4.1.1 `HmacSHA1` and Base64), without the `async` wrappers the "
        + "seed puts around it; ali-oss 6.23.0's browser build is driven through its `authorizationV4`, "
        + "given the headers its request builder adds. Each pair produced the same signature before timing. "
        + "Times are per batch of " + Figures.whole(SIGNATURES) + "; the range is the fastest and slowest round.");
    Table table = new Table("request", "ours: median (range)", "ours: signatures/s", "reference",
        "reference: median (range)", "reference: signatures/s", "ours ÷ reference (rate)");
    for (Pair pair : PAIRS) {
      Samples ours = Samples.of(millis.get(pair.ours));
      Samples reference = Samples.of(millis.get(pair.reference));
      table.row(pair.title,
          Figures.millis(ours.median()) + " (" + ours.range(Figures::millis) + ")",
          Figures.whole(SIGNATURES / (ours.median() / 1000)),
          pair.referenceName,
          Figures.millis(reference.median()) + " (" + reference.range(Figures::millis) + ")",
          Figures.whole(SIGNATURES / (reference.median() / 1000)),
          Figures.ratio(reference.median() / ours.median()));
      section.headline(Headline.ofCosts("Browser signing, " + pair.title.replaceAll(",.*", "")
          + " vs " + (pair.reference.startsWith("seed") ? "seed + CryptoJS" : "ali-oss 6.23.0"),
          ours.median(), reference.median()));
    }
    section.table(table);
    return section;
  }

  private static Map<String, Object> inputs() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("rpcParameters", SigningInputs.rpcParameters());
    inputs.put("accessKeyId", SigningInputs.ACCESS_KEY_ID);
    inputs.put("accessKeySecret", SigningInputs.ACCESS_KEY_SECRET);
    inputs.put("securityToken", SigningInputs.SECURITY_TOKEN);
    inputs.put("region", SigningInputs.REGION);
    inputs.put("bucket", SigningInputs.BUCKET);
    inputs.put("key", SigningInputs.OBJECT_KEY);
    inputs.put("contentType", "image/jpeg");
    inputs.put("epochMillis", SigningInputs.EPOCH_MILLIS);
    inputs.put("ossV4DateTime", SigningInputs.OSS_V4_DATE_TIME);
    return inputs;
  }
}
