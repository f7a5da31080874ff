package dev.ossdirect.bench.upload;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Part 4: upload throughput in headless Chromium against the local OSS on loopback, the server in local
 * mode. In the app's own page, one 256 MiB in-memory File is uploaded by our client (given to it through
 * its file input) and by ali-oss 6.23.0's {@code multipartUpload} (V4, the same session's STS token from
 * our token endpoint, the client's part size and parallelism), in interleaved rounds. The folder's
 * disk-write ceiling is measured in each round too.
 */
public final class UploadBenchmark implements BenchmarkPart {

  static final long FILE_BYTES = 256L << 20;
  /** The client's part size for a file of this size (client's {@code PartPlan}) and its parallel transfers. */
  static final long PART_BYTES = 5L << 20;
  static final int PARALLEL = 4;
  static final int ROUNDS = 3;
  static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(3);

  @Override
  public String name() {
    return "upload";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Path dataDir = context.freshFolder("upload-data");
    List<Double> ours = new ArrayList<>();
    List<Double> aliOss = new ArrayList<>();
    List<Double> disk = new ArrayList<>();
    List<Long> partCounts = new ArrayList<>();
    try (LocalApp app = LocalApp.start(dataDir, "--max-file-size=" + (2 * FILE_BYTES))) {
      ChromeDriver driver = Chromium.start(context.freshFolder("chromium-upload"));
      try {
        driver.get(app.url("/").toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
            "return document.readyState === 'complete' && document.getElementById('file-input') !== null")));
        // WebDriver's scripts are not subject to the page's Content-Security-Policy.
        driver.executeScript(Files.readString(context.referenceJs().resolve("ali-oss-6.23.0/dist/aliyun-oss-sdk.min.js")));
        driver.executeScript(resource("/pages/upload-bench.js"));
        driver.executeScript("return uploadBench.makeFile(arguments[0])", FILE_BYTES);
        String bucketPath = "/" + app.application().deployment().bucket() + "/";
        for (int round = 0; round < ROUNDS; round++) {
          disk.add(DiskWriteCeiling.measure(dataDir, FILE_BYTES));
          boolean oursFirst = round % 2 == 0;
          for (int turn = 0; turn < 2; turn++) {
            if (oursFirst == (turn == 0)) {
              driver.executeScript("uploadBench.startOurs()");
              ours.add(rate(awaitSpan(driver, bucketPath, partCounts)));
            } else {
              driver.executeScript("uploadBench.startAliOss(arguments[0], arguments[1], arguments[2])",
                  "ali-oss-" + round + ".jpg", PART_BYTES, PARALLEL);
              new WebDriverWait(driver, UPLOAD_TIMEOUT)
                  .until(d -> driver.executeScript("return uploadBench.aliOssResult()") != null);
              Object result = driver.executeScript("return uploadBench.aliOssResult()");
              if (!"done".equals(result)) {
                throw new IllegalStateException("ali-oss multipartUpload against the local OSS " + result);
              }
              aliOss.add(rate(awaitSpan(driver, bucketPath, partCounts)));
            }
            Thread.sleep(1000); // let the app's face detection of the upload finish before the next one
          }
        }
      } finally {
        driver.quit();
      }
    } finally {
      context.freshFolder("upload-data");
    }
    return section(ours, aliOss, disk, partCounts);
  }

  /** Waits for the upload's CompleteMultipartUpload and returns its span from the resource timing. */
  private static Map<?, ?> awaitSpan(ChromeDriver driver, String bucketPath, List<Long> partCounts) {
    Map<?, ?> span = (Map<?, ?>) new WebDriverWait(driver, UPLOAD_TIMEOUT)
        .until(d -> driver.executeScript("return uploadBench.span(arguments[0])", bucketPath));
    partCounts.add(((Number) span.get("parts")).longValue());
    return span;
  }

  private static double rate(Map<?, ?> span) {
    return FILE_BYTES / (((Number) span.get("ms")).doubleValue() / 1000);
  }

  private static Section section(List<Double> ours, List<Double> aliOss, List<Double> disk, List<Long> partCounts) {
    long expectedParts = (FILE_BYTES + PART_BYTES - 1) / PART_BYTES;
    for (long parts : partCounts) {
      if (parts != expectedParts) {
        throw new IllegalStateException("an upload sent " + parts + " parts, not " + expectedParts);
      }
    }
    Section section = new Section("4. Upload throughput in the browser");
    section.paragraph("Headless Chromium on the app's own page, served by the server in local mode; the local OSS "
        + "on loopback writes to `bench/runner/target/bench-run/upload-data`. The same 256 MiB in-memory `File` "
        + "is uploaded " + ROUNDS + " times by each side, alternating which goes first: ours through the app's "
        + "file input (its multipart path: " + (PART_BYTES >> 20) + " MiB parts, " + PARALLEL + " in parallel, "
        + expectedParts + " parts), and ali-oss 6.23.0 `multipartUpload` with the same part size and "
        + "`parallel: " + PARALLEL + "`, signing V4 with the session's STS token from our token endpoint. Each "
        + "upload is timed by the browser's resource timing, from the start of its first request to the "
        + "bucket to the end of the CompleteMultipartUpload answer. The disk-write ceiling is Java writing "
        + "256 MiB into the same folder and forcing it to disk, once per round. MB is 10^6 bytes.");
    Table rounds = new Table("round", "ours", "ali-oss 6.23.0", "disk-write ceiling");
    for (int round = 0; round < ROUNDS; round++) {
      rounds.row(String.valueOf(round + 1), Figures.megabytesPerSecond(ours.get(round)),
          Figures.megabytesPerSecond(aliOss.get(round)), Figures.megabytesPerSecond(disk.get(round)));
    }
    Samples oursSamples = Samples.of(ours);
    Samples aliOssSamples = Samples.of(aliOss);
    Samples diskSamples = Samples.of(disk);
    rounds.row("**median**", "**" + Figures.megabytesPerSecond(oursSamples.median()) + "**",
        "**" + Figures.megabytesPerSecond(aliOssSamples.median()) + "**",
        "**" + Figures.megabytesPerSecond(diskSamples.median()) + "**");
    section.table(rounds);
    section.paragraph("Ours ÷ ali-oss (medians): **" + Figures.ratio(oursSamples.median() / aliOssSamples.median())
        + "**; ours reaches " + Figures.ratio(oursSamples.median() / diskSamples.median()) + " of the disk-write "
        + "ceiling, ali-oss " + Figures.ratio(aliOssSamples.median() / diskSamples.median()) + ".");
    section.headline(Headline.ofRates("Browser upload, 256 MiB multipart vs ali-oss 6.23.0",
        oursSamples.median(), aliOssSamples.median()));
    return section;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = UploadBenchmark.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
