package dev.ossdirect.localcloud.imm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.imm.attributes.EmotionClassifier;
import dev.ossdirect.localcloud.imm.faces.BlazeFaceDetector;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.imm.images.Bombs;
import dev.ossdirect.localcloud.imm.images.DecodeBudget;
import dev.ossdirect.localcloud.imm.images.DecodePermit;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.localcloud.ram.EffectivePolicy;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import dev.ossdirect.localcloud.rpc.RpcCall;
import dev.ossdirect.localcloud.rpc.RpcException;
import dev.ossdirect.localcloud.http.StageTimings;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DetectImageFaces within a {@link DecodeBudget}: the action driven directly with a budget the test holds
 * permits of, and the local cloud's own budget, set through its configuration, over HTTP.
 */
class DetectImageFacesDecodeBudgetTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String PROJECT = "web-direct-project";
  /** The portrait's pixels: 512 x 600. */
  private static final long PORTRAIT = 512 * 600;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  private static OssTestCloud oss;

  @BeforeAll
  static void storeThePictures() throws Exception {
    oss = OssTestCloud.start(dataDir, config -> config
        .userPolicies(List.of(OssTestCloud.allow("oss:*", "acs:oss:*:*:*"),
            OssTestCloud.allow("imm:*", "acs:imm:*:*:*")))
        .decodePixelBudget(PORTRAIT)
        .maxConcurrentDecodes(1)
        .decodeWaitMillis(0));
    SignedRequests signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.cloud.ramUserAccessKey(),
        oss.clock);
    Map<String, byte[]> pictures = Map.of(
        "uploads/portrait.jpg", Fixtures.bytes(Fixtures.GRACE_HOPPER),
        "uploads/no-tables.jpg", Bombs.jpegHeader(100, 100), // a whole JPEG that cannot be decoded
        "uploads/budget.png", Bombs.blackPng((int) PORTRAIT, 1),
        "uploads/budget-and-one.png", Bombs.blackPng((int) PORTRAIT + 1, 1));
    for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
      assertEquals(200, signed.send("PUT", BUCKET, picture.getKey(), Map.of(), picture.getValue()).status());
    }
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  private static DetectImageFacesAction action(DecodeBudget budget) {
    return new DetectImageFacesAction(oss.cloud.region(), oss.cloud.accountId(), PROJECT,
        oss.cloud.objectStore(), new ImageDecoder(), budget, BlazeFaceDetector.shared(), EmotionClassifier.load());
  }

  private static RpcCall call(String key) {
    Caller caller = new Caller("LOCALTESTKEY", "not-used",
        new EffectivePolicy(List.of(PolicyDocument.allowing(List.of("imm:*"), List.of("*"))), null),
        "a test caller", false);
    return new RpcCall("REQUEST-ID", caller,
        Map.of("ProjectName", PROJECT, "SourceURI", "oss://" + BUCKET + "/" + key), new StageTimings());
  }

  private static List<?> faces(Map<String, Object> answer) {
    return (List<?>) answer.get("Faces");
  }

  @Test
  void aCallWithoutAFreeDecodeIsThrottledHoldsNothingAndTheNextCallSucceeds() throws Exception {
    DecodeBudget budget = new DecodeBudget(1, 10 * PORTRAIT, Duration.ZERO);
    DetectImageFacesAction action = action(budget);
    try (DecodePermit busy = budget.acquire(1)) {
      RpcException e = assertThrows(RpcException.class, () -> action.handle(call("uploads/portrait.jpg")));
      assertEquals(429, e.status());
      assertEquals("Throttling", e.code());
      assertTrue(e.getMessage().startsWith("Request was denied due to request throttling: all 1 decodes"),
          e.getMessage());
      assertEquals(1, budget.decodesInFlight());
      assertEquals(1, budget.pixelsInFlight());
    }
    assertEquals(1, faces(action.handle(call("uploads/portrait.jpg"))).size());
    assertEquals(0, budget.decodesInFlight());
    assertEquals(0, budget.pixelsInFlight());
  }

  @Test
  void aPictureOfExactlyThePixelsLeftIsDecodedAndOnePixelMoreIsThrottled() throws Exception {
    DecodeBudget budget = new DecodeBudget(2, PORTRAIT + 2, Duration.ZERO);
    DetectImageFacesAction action = action(budget);
    try (DecodePermit other = budget.acquire(2)) {
      assertEquals(1, faces(action.handle(call("uploads/portrait.jpg"))).size());
    }
    try (DecodePermit other = budget.acquire(3)) {
      RpcException e = assertThrows(RpcException.class, () -> action.handle(call("uploads/portrait.jpg")));
      assertEquals(429, e.status());
      assertEquals("Throttling", e.code());
      assertEquals(3, budget.pixelsInFlight());
    }
  }

  @Test
  void aDecodeThatFailsGivesItsPermitBack() throws Exception {
    DecodeBudget budget = new DecodeBudget(1, 10 * PORTRAIT, Duration.ZERO);
    DetectImageFacesAction action = action(budget);
    RpcException e = assertThrows(RpcException.class, () -> action.handle(call("uploads/no-tables.jpg")));
    assertEquals(400, e.status());
    assertEquals("InvalidArgument", e.code());
    assertEquals(0, budget.decodesInFlight());
    assertEquals(0, budget.pixelsInFlight());
    assertEquals(1, faces(action.handle(call("uploads/portrait.jpg"))).size());
  }

  @Test
  void reportsHowLongTheCallWaitedForItsDecode() throws Exception {
    RpcCall call = call("uploads/portrait.jpg");
    action(new DecodeBudget(1, PORTRAIT, Duration.ZERO)).handle(call);
    assertEquals(List.of("read", "wait", "decode", "detect"), List.copyOf(call.timings().millis().keySet()));
  }

  @Test
  void theCloudsOwnBudgetDecodesAPictureOfExactlyItsSizeAndRefusesOneOfAPixelMore() throws Exception {
    HttpResponse<String> fits = post("uploads/budget.png");
    assertEquals(200, fits.statusCode(), fits.body());
    assertEquals(0, JSON.readTree(fits.body()).get("Faces").size());

    HttpResponse<String> tooLarge = post("uploads/budget-and-one.png");
    assertEquals(400, tooLarge.statusCode(), tooLarge.body());
    JsonNode error = JSON.readTree(tooLarge.body());
    assertEquals("InvalidArgument", error.get("Code").textValue());
    assertTrue(error.get("Message").textValue().endsWith(
        "the PNG image is 307201x1 pixels (307201 pixels), more than the 307200 pixels accepted"),
        error.get("Message").textValue());
  }

  @Test
  void theDecodeLimitsAreSettings() {
    LocalCloudConfig config = LocalCloudConfig.fromEnvironment(
        Map.of("LOCALCLOUD_MAX_CONCURRENT_DECODES", "3", "LOCALCLOUD_DECODE_PIXEL_BUDGET", "2147483647"),
        List.of("--decode-wait-millis=0"));
    assertEquals(3, config.maxConcurrentDecodes());
    assertEquals(Integer.MAX_VALUE, config.decodePixelBudget());
    assertEquals(0, config.decodeWaitMillis());
    LocalCloudConfig defaults = new LocalCloudConfig();
    assertEquals(Runtime.getRuntime().availableProcessors(), defaults.maxConcurrentDecodes());
    assertEquals(80_000_000L, defaults.decodePixelBudget());
    assertEquals(2_000L, defaults.decodeWaitMillis());
    for (String wrong : List.of("--max-concurrent-decodes=0", "--decode-pixel-budget=0",
        "--decode-pixel-budget=2147483648", "--decode-wait-millis=-1", "--decode-wait-millis=soon")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> LocalCloudConfig.fromEnvironment(Map.of(), List.of(wrong)));
      String variable = "LOCALCLOUD_" + wrong.substring(2, wrong.indexOf('=')).toUpperCase(Locale.ROOT).replace('-', '_');
      assertTrue(e.getMessage().startsWith(variable + " is invalid: "), e.getMessage());
    }
  }

  private static HttpResponse<String> post(String key) throws Exception {
    Map<String, String> parameters =
        new RpcRequestSigner(oss.clock, new SecureRandom()::nextBytes).sign("POST", "DetectImageFaces",
            "2020-09-30", Map.of("ProjectName", PROJECT, "SourceURI", "oss://" + BUCKET + "/" + key),
            oss.cloud.ramUserAccessKey());
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(oss.cloud.immEndpoint() + "/?" + QueryString.format(parameters)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
