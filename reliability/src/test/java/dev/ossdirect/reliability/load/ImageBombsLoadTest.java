package dev.ossdirect.reliability.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.imm.images.Bombs;
import dev.ossdirect.localcloud.imm.faces.Boundary;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.oss.KillableLocalCloud;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs sent to IMM all at once. A GIF of about 30 kB declares 6324 x 6324 pixels, just
 * under the 40-megapixel limit, so it is decoded, at about 7 bytes of native memory per pixel. The
 * local cloud runs in a JVM of its own, with its default decode limits and a heap of
 * {@value #HEAP_MB} MB, so that what its process gains is mostly native memory; JavaCPP's own cap on
 * the process's memory (twice the heap) is lifted, so that only the local cloud's bounds are measured.
 * {@value #CALLS} DetectImageFaces calls on the bomb are sent at once.
 *
 * <p>Each call must be answered (no faces: the picture is blank) or refused with IMM's throttling
 * error, 429 {@code Throttling} in RPC JSON; none may get a 5xx or stay unanswered. After the burst, a
 * portrait must still give its face. The process's peak resident memory ({@code VmHWM} of
 * {@code /proc/<pid>/status}) may exceed what it held before the burst by no more than
 * {@value #BYTES_PER_BUDGET_PIXEL} bytes per pixel of the decode budget, plus the whole heap. With
 * decoding unbounded, the 32 calls decoded at once and the peak passed 6.7 GB, more than seven times
 * that bound; with JavaCPP's cap left in place, some of them got a 500 instead.
 */
class ImageBombsLoadTest {

  private static final int CALLS = 32;
  private static final int HEAP_MB = 256;
  private static final long BYTES_PER_BUDGET_PIXEL = 8;
  private static final int BOMB_SIDE = 6324;
  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String PROJECT = "web-direct-project";
  private static final Path SELF_STATUS = Path.of("/proc/self/status");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  @TempDir Path logDir;

  @Test
  void bombsAtOnceAreAnsweredOrThrottledWithinBoundedMemory() throws Exception {
    if (!Files.isReadable(SELF_STATUS)) {
      Ledger.record(Tally.skipped(Row.LOAD_IMAGE_BOMBS, "no /proc to read the resident memory from"));
      return;
    }
    KillableLocalCloud.Child child =
        KillableLocalCloud.launch(dataDir, logDir.resolve("cloud.log"),
            List.of("-Xmx" + HEAP_MB + "m", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"));
    try {
      Credentials key = Credentials.of(KillableLocalCloud.ACCESS_KEY_ID, KillableLocalCloud.ACCESS_KEY_SECRET);
      SignedRequests oss = new SignedRequests(child.ossPort(), "cn-hangzhou", key, System::currentTimeMillis);
      byte[] bomb = Bombs.blankGif(BOMB_SIDE, BOMB_SIDE);
      assertEquals(200, oss.send("PUT", BUCKET, "uploads/bomb.gif", Map.of(), bomb).status());
      assertEquals(200, oss.send("PUT", BUCKET, "uploads/portrait.jpg", Map.of(),
          Fixtures.bytes(Fixtures.GRACE_HOPPER)).status());
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      Imm imm = new Imm(http, child.immPort(), key);
      assertTrue(isThePortraitsFace(imm.detect("uploads/portrait.jpg")), "the warm-up call");
      long before = kilobytes(child.process(), "VmRSS");

      List<Outcome> outcomes = burst(imm);
      long peak = kilobytes(child.process(), "VmHWM");
      boolean portraitAfter = isThePortraitsFace(imm.detect("uploads/portrait.jpg"));
      long after = kilobytes(child.process(), "VmRSS");

      long answered = outcomes.stream().filter(outcome -> outcome == Outcome.ANSWERED).count();
      long throttled = outcomes.stream().filter(outcome -> outcome == Outcome.THROTTLED).count();
      long allowedGrowthKb =
          (BYTES_PER_BUDGET_PIXEL * LocalCloudConfig.DEFAULT_DECODE_PIXEL_BUDGET) / 1024 + HEAP_MB * 1024L;
      boolean withinMemory = peak - before <= allowedGrowthKb;
      long cases = CALLS + 1;
      long correct = (withinMemory ? answered + throttled : 0) + (portraitAfter ? 1 : 0);
      String note = String.format(Locale.ROOT, "%d answered, %d throttled, %d wrong; peak resident memory"
              + " %d MB: %d MB before the burst (%d MB more allowed), %d MB after", answered, throttled,
          CALLS - answered - throttled, peak / 1024, before / 1024, allowedGrowthKb / 1024, after / 1024);
      Ledger.record(Tally.of(Row.LOAD_IMAGE_BOMBS, cases, correct, Tally.NO_OBJECTS).withNote(note));
      System.out.println("ImageBombsLoadTest: " + note);
      assertEquals(CALLS, answered + throttled, "every call answered or throttled: " + outcomes);
      assertTrue(portraitAfter, "the portrait's face after the burst");
      assertTrue(withinMemory, note);
    } finally {
      child.kill();
    }
  }

  /** Sends {@value #CALLS} calls on the bomb at once and judges each answer. */
  private static List<Outcome> burst(Imm imm) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Outcome>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return Outcome.of(imm.detect("uploads/bomb.gif"));
        }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> call : calls) {
        outcomes.add(call.get(10, TimeUnit.MINUTES));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isThePortraitsFace(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      return false;
    }
    JsonNode faces = JSON.readTree(response.body()).path("Faces");
    if (faces.size() != 1) {
      return false;
    }
    JsonNode boundary = faces.get(0).path("Boundary");
    Boundary expected = Fixtures.GRACE_HOPPER_FACE;
    Boundary found = new Boundary(boundary.path("Left").asInt(), boundary.path("Top").asInt(),
        boundary.path("Width").asInt(), boundary.path("Height").asInt());
    return Fixtures.overlap(found, expected) >= 0.5;
  }

  /** A field of {@code /proc/<pid>/status}, in kB. */
  private static long kilobytes(Process process, String field) throws IOException {
    String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
    Matcher value = Pattern.compile("(?m)^" + field + ":\\s+(\\d+) kB$").matcher(status);
    if (!value.find()) {
      throw new IllegalStateException("no " + field + " in the status of process " + process.pid());
    }
    return Long.parseLong(value.group(1));
  }

  /** What became of one call on the bomb. */
  private enum Outcome {
    /** 200, with no faces: the bomb is blank. */
    ANSWERED,
    /** 429 Throttling, in RPC JSON. */
    THROTTLED,
    /** Anything else. */
    WRONG;

    static Outcome of(HttpResponse<String> response) throws IOException {
      JsonNode body = JSON.readTree(response.body());
      if (response.statusCode() == 200 && body.path("Faces").isArray() && body.path("Faces").isEmpty()) {
        return ANSWERED;
      }
      if (response.statusCode() == 429 && body.path("Code").asText().equals("Throttling")
          && body.hasNonNull("RequestId")) {
        return THROTTLED;
      }
      System.out.println("ImageBombsLoadTest: unexpected answer " + response.statusCode() + " " + response.body());
      return WRONG;
    }
  }

  /** DetectImageFaces calls signed with RPC signature V1 by the killable cloud's RAM user. */
  private record Imm(HttpClient http, int port, Credentials key) {

    HttpResponse<String> detect(String objectKey) throws IOException, InterruptedException {
      Map<String, String> parameters =
          new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes).sign(
              "POST", "DetectImageFaces", "2020-09-30",
              Map.of("ProjectName", PROJECT, "SourceURI", "oss://" + BUCKET + "/" + objectKey), key);
      HttpRequest request = HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/?" + QueryString.format(parameters)))
          .POST(HttpRequest.BodyPublishers.noBody())
          .timeout(Duration.ofMinutes(5))
          .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
