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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Part 4: upload throughput in headless Chromium against the local OSS on loopback, the server in local
 * mode. In the app's own page, one 256 MiB file on disk, chosen through a file input, is uploaded by our client (given to it through
 * its file input) and by ali-oss 6.23.0's {@code multipartUpload} (V4, the same session's STS token from
 * our token endpoint, the client's part size and parallelism), in interleaved rounds. The server runs the
 * browser-token flow, whose token may write, so that both sign their own requests with it. The folder's
 * disk-write ceiling is measured in each round too. Each upload's object is deleted once it is timed
 * ({@link UploadedObjects}), and each round prints what earlier ones left ({@link DataFolderState}).
 */
public final class UploadBenchmark implements BenchmarkPart {

  static final long FILE_BYTES = 256L << 20;
  /** The client's part size for a file of this size ({@code dev.ossdirect.signing.upload.PartPlan}) and its parallel transfers. */
  static final long PART_BYTES = 5L << 20;
  static final int PARALLEL = 4;
  static final int ROUNDS = 5;
  static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(3);

  @Override
  public String name() {
    return "upload";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    Path dataDir = context.freshFolder("upload-data");
    Path file = PatternFile.write(context.freshFolder("upload-file").resolve("upload.jpg"), FILE_BYTES);
    List<Upload> ours = new ArrayList<>();
    List<Upload> aliOss = new ArrayList<>();
    List<Upload> rawXhr = new ArrayList<>();
    List<Double> disk = new ArrayList<>();
    List<Upload> warmUp = new ArrayList<>();
    try (LocalApp app = LocalApp.start(dataDir, "--max-file-size=" + (2 * FILE_BYTES), "--upload-flow=browser-token");
        DiscardingEndpoint discard = DiscardingEndpoint.start()) {
      ChromeDriver driver = Chromium.start(context.freshFolder("chromium-upload"), Chromium.netLog(context, "upload"));
      try {
        // The page's Content-Security-Policy lets it connect to the app and the cloud only, not to the
        // discarding endpoint; the policy costs nothing measurable, so it is lifted for every side.
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        driver.get(app.url("/").toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
            "return document.readyState === 'complete' && document.getElementById('file-input') !== null")));
        // WebDriver's scripts are not subject to the page's Content-Security-Policy.
        driver.executeScript(Files.readString(context.referenceJs().resolve("ali-oss-6.23.0/dist/aliyun-oss-sdk.min.js")));
        driver.executeScript(resource("/pages/upload-bench.js"));
        driver.executeScript("uploadBench.addFileInput()");
        driver.findElement(By.id("upload-bench-file")).sendKeys(file.toAbsolutePath().toString());
        Object chosen = driver.executeScript("return uploadBench.adoptFile()");
        if (!(chosen instanceof Number) || ((Number) chosen).longValue() != FILE_BYTES) {
          throw new IllegalStateException("the page could not take the file to upload: " + chosen);
        }
        String bucketPath = "/" + app.application().deployment().bucket() + "/";
        String discardUrl = discard.url("/discard/raw.jpg").toString();
        warmUp.add(uploadWithOurs(driver, bucketPath, dataDir));
        warmUp.add(uploadWithAliOss(driver, bucketPath, "ali-oss-warm-up.jpg", dataDir));
        warmUp.add(uploadWithRawXhr(driver, discardUrl));
        for (int round = 0; round < ROUNDS; round++) {
          System.out.println("[bench] upload round " + (round + 1) + ": " + DataFolderState.of(dataDir).describe());
          disk.add(DiskWriteCeiling.measure(dataDir, FILE_BYTES));
          String key = "ali-oss-" + round + ".jpg";
          // Each side goes first, second and third in turn.
          for (int turn = 0; turn < 3; turn++) {
            switch ((round + turn) % 3) {
              case 0 -> ours.add(uploadWithOurs(driver, bucketPath, dataDir));
              case 1 -> aliOss.add(uploadWithAliOss(driver, bucketPath, key, dataDir));
              default -> rawXhr.add(uploadWithRawXhr(driver, discardUrl));
            }
          }
        }
      } finally {
        driver.quit();
      }
    } finally {
      context.freshFolder("upload-data");
      context.freshFolder("upload-file");
    }
    return section(ours, aliOss, rawXhr, disk, warmUp);
  }

  /** One upload as the browser's resource timing saw it. */
  private record Upload(double millis, long parts, long partRequests, long failedPartRequests) {

    double bytesPerSecond() {
      return FILE_BYTES / (millis / 1000);
    }
  }

  /** Our upload, timed; then, untimed, the app's face detection of it and the object's deletion. */
  private static Upload uploadWithOurs(ChromeDriver driver, String bucketPath, Path dataDir)
      throws InterruptedException, IOException {
    driver.executeScript("uploadBench.startOurs()");
    Upload upload = awaitSpan(driver, bucketPath);
    Thread.sleep(1000); // the app's face detection of the upload, before the next one starts
    UploadedObjects.deleteAll(dataDir);
    return upload;
  }

  /** ali-oss's upload, timed; then, untimed, the object's deletion. */
  private static Upload uploadWithAliOss(ChromeDriver driver, String bucketPath, String key, Path dataDir)
      throws IOException {
    runToEnd(driver, "startAliOss", "aliOssResult", "ali-oss multipartUpload against the local OSS", key);
    Upload upload = awaitSpan(driver, bucketPath);
    UploadedObjects.deleteAll(dataDir);
    return upload;
  }

  private static Upload uploadWithRawXhr(ChromeDriver driver, String url) {
    runToEnd(driver, "startRawXhr", "rawXhrResult", "the plain XMLHttpRequest upload to the discarding endpoint", url);
    return awaitSpan(driver, "/discard/");
  }

  /** Starts {@code uploadBench.<start>(target, part size, parallel)} and waits until {@code <result>()} says it is done. */
  private static void runToEnd(ChromeDriver driver, String start, String result, String what, String target) {
    driver.executeScript("uploadBench." + start + "(arguments[0], arguments[1], arguments[2])", target, PART_BYTES, PARALLEL);
    String read = "return uploadBench." + result + "()";
    new WebDriverWait(driver, UPLOAD_TIMEOUT).until(d -> driver.executeScript(read) != null);
    Object outcome = driver.executeScript(read);
    if (!"done".equals(outcome)) {
      throw new IllegalStateException(what + " " + outcome);
    }
  }

  /** Waits for the upload's CompleteMultipartUpload and returns its span from the resource timing. */
  private static Upload awaitSpan(ChromeDriver driver, String bucketPath) {
    Map<?, ?> span = (Map<?, ?>) new WebDriverWait(driver, UPLOAD_TIMEOUT)
        .until(d -> driver.executeScript("return uploadBench.span(arguments[0])", bucketPath));
    Upload upload = new Upload(((Number) span.get("ms")).doubleValue(), ((Number) span.get("parts")).longValue(),
        ((Number) span.get("partRequests")).longValue(), ((Number) span.get("failedPartRequests")).longValue());
    long expectedParts = (FILE_BYTES + PART_BYTES - 1) / PART_BYTES;
    if (upload.parts != expectedParts) {
      throw new IllegalStateException("an upload sent " + upload.parts + " parts, not " + expectedParts);
    }
    return upload;
  }

  private static Section section(List<Upload> ours, List<Upload> aliOss, List<Upload> rawXhr, List<Double> disk,
      List<Upload> warmUp) {
    long parts = (FILE_BYTES + PART_BYTES - 1) / PART_BYTES;
    Section section = new Section("4. Upload throughput in the browser");
    section.paragraph("Headless Chromium on the app's own page, served by the server in local mode; the local OSS "
        + "on loopback writes to `bench/runner/target/bench-run/upload-data`. The same 256 MiB `File`, a file on "
        + "disk chosen through a file input as a person would choose it, is uploaded by each side once as a warm-up, not counted, then " + ROUNDS + " times, each side going "
        + "first, second and third in turn: ours through the app's file input (its multipart path: " + (PART_BYTES >> 20)
        + " MiB parts, " + PARALLEL + " in flight, " + parts + " parts), and ali-oss 6.23.0 `multipartUpload` "
        + "with the same part size and `parallel: " + PARALLEL + "`, signing V4 with the session's STS token "
        + "from our token endpoint (ali-oss works against the local cloud unchanged; IP endpoints need its "
        + "`sldEnable` option for path-style requests). The raw-XHR ceiling is the same browser sending the same "
        + "slices, " + PARALLEL + " in flight, with plain `XMLHttpRequest` PUTs (no signing, no client logic) to "
        + "a loopback endpoint in the benchmark's JVM that reads and discards each body and answers 200 with an "
        + "ETag, then one small POST for the completion: what is left of an upload without storage and without "
        + "a client. Each upload is timed by the browser's resource timing, from the start of its first request "
        + "to the end of the answer to its last (CompleteMultipartUpload). The disk-write ceiling is Java "
        + "writing 256 MiB into the data folder and forcing it to disk, once per round. After each upload is "
        + "timed, and before the next starts, the object it stored is deleted, whichever side stored it, so that "
        + "every upload and every disk-write ceiling writes into an empty bucket (kept, they added 512 MiB a "
        + "round, and the disk slowed round after round for every side); the file is forced to disk before the "
        + "first upload. MB is 10^6 bytes; the part requests include any retried.");
    Table rounds = new Table("round", "ours", "ours: part requests", "ali-oss 6.23.0", "ali-oss: part requests",
        "ours ÷ ali-oss", "raw-XHR ceiling", "ours ÷ raw XHR", "disk-write ceiling");
    rounds.row("warm-up (not counted)", Figures.megabytesPerSecond(warmUp.get(0).bytesPerSecond()),
        partRequests(warmUp.get(0)), Figures.megabytesPerSecond(warmUp.get(1).bytesPerSecond()),
        partRequests(warmUp.get(1)), "", Figures.megabytesPerSecond(warmUp.get(2).bytesPerSecond()), "", "");
    List<Double> ratios = new ArrayList<>();
    List<Double> rawRatios = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      double ratio = ours.get(round).bytesPerSecond() / aliOss.get(round).bytesPerSecond();
      double rawRatio = ours.get(round).bytesPerSecond() / rawXhr.get(round).bytesPerSecond();
      ratios.add(ratio);
      rawRatios.add(rawRatio);
      rounds.row(String.valueOf(round + 1), Figures.megabytesPerSecond(ours.get(round).bytesPerSecond()),
          partRequests(ours.get(round)), Figures.megabytesPerSecond(aliOss.get(round).bytesPerSecond()),
          partRequests(aliOss.get(round)), Figures.ratio(ratio),
          Figures.megabytesPerSecond(rawXhr.get(round).bytesPerSecond()),
          Figures.ratio(rawRatio), Figures.megabytesPerSecond(disk.get(round)));
    }
    Samples oursSamples = rates(ours);
    Samples aliOssSamples = rates(aliOss);
    Samples rawSamples = rates(rawXhr);
    Samples diskSamples = Samples.of(disk);
    rounds.row("**median (range)**", medianAndRange(oursSamples, Figures::megabytesPerSecond), "",
        medianAndRange(aliOssSamples, Figures::megabytesPerSecond), "",
        medianAndRange(Samples.of(ratios), Figures::ratio),
        medianAndRange(rawSamples, Figures::megabytesPerSecond),
        medianAndRange(Samples.of(rawRatios), Figures::ratio),
        medianAndRange(diskSamples, Figures::megabytesPerSecond));
    section.table(rounds);
    section.paragraph("Ours ÷ ali-oss, medians of each side: **" + Figures.ratio(oursSamples.median() / aliOssSamples.median())
        + "**; ours reaches " + Figures.ratio(oursSamples.median() / rawSamples.median()) + " of the raw-XHR "
        + "ceiling and " + Figures.ratio(oursSamples.median() / diskSamples.median()) + " of the disk-write "
        + "ceiling, ali-oss " + Figures.ratio(aliOssSamples.median() / rawSamples.median()) + " and "
        + Figures.ratio(aliOssSamples.median() / diskSamples.median()) + "; the browser alone (raw XHR) reaches "
        + Figures.ratio(rawSamples.median() / diskSamples.median()) + " of the disk-write ceiling.");
    section.headline(Headline.ofRates("Browser upload, 256 MiB multipart vs ali-oss 6.23.0",
        oursSamples.median(), aliOssSamples.median()));
    return section;
  }

  private static Samples rates(List<Upload> uploads) {
    return Samples.of(uploads.stream().map(Upload::bytesPerSecond).toList());
  }

  private static String medianAndRange(Samples samples, java.util.function.DoubleFunction<String> format) {
    return "**" + format.apply(samples.median()) + "** (" + samples.range(format) + ")";
  }

  private static String partRequests(Upload upload) {
    return upload.partRequests + (upload.failedPartRequests == 0 ? ""
        : " (" + upload.failedPartRequests + " got no HTTP answer and were retried)");
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = UploadBenchmark.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
