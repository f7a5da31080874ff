package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Settings whose session policy STS would refuse (over 2048 bytes) stop start-up, naming the settings.
 * The edge is found here from the policy written out by hand, not from the server's code, and the local
 * STS, which counts as Alibaba's does, confirms that the largest policy the server lets through is taken.
 */
class SessionPolicySizeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUCKET = "b".repeat(63);
  private static final String SESSION_ID = "0".repeat(32);

  @TempDir static Path dataDir;
  private static LocalCloud cloud;

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir.resolve("cloud")));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  /** The bytes of the session policy for the folder {@code <prefix><session id>/}, as the server must write it. */
  private static int policyBytes(String uploadPrefix, String project) {
    String policy = "{\"Version\":\"1\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":[\"oss:PutObject\",\"oss:AbortMultipartUpload\",\"oss:ListParts\"],"
        + "\"Resource\":[\"acs:oss:*:*:" + BUCKET + "/" + uploadPrefix + SESSION_ID + "/*\"]},"
        + "{\"Effect\":\"Allow\",\"Action\":[\"imm:DetectImageFaces\"],"
        + "\"Resource\":[\"acs:imm:" + cloud.region() + ":" + cloud.accountId() + ":project/" + project + "\"]}]}";
    return policy.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The upload prefix and IMM project that make the policy {@code bytes} long, growing the one {@code grown}. */
  private static List<String> settingsOfSize(int bytes, String grown) {
    int room = bytes - policyBytes("uploads/", "p");
    return grown.equals("upload-prefix")
        ? List.of("uploads/" + "x".repeat(room - 1) + "/", "p")
        : List.of("uploads/", "p" + "p".repeat(room));
  }

  private static Application start(String uploadPrefix, String project) {
    return CloudModeApp.start(cloud, List.of(
        "--bucket=" + BUCKET, "--imm-project=" + project, "--upload-prefix=" + uploadPrefix));
  }

  @ParameterizedTest(name = "growing {0}")
  @ValueSource(strings = {"upload-prefix", "imm-project"})
  void aPolicyOf2048BytesStartsAndStsTakesIt(String grown) throws Exception {
    List<String> settings = settingsOfSize(2048, grown);
    assertEquals(2048, policyBytes(settings.get(0), settings.get(1)));
    try (Application application = start(settings.get(0), settings.get(1))) {
      HttpResponse<String> token = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(application.url().resolve("/api/sts-token")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, token.statusCode(), token.body());
      String folder = JSON.readTree(token.body()).get("UploadPrefix").asText();
      assertTrue(folder.matches(Pattern.quote(settings.get(0)) + "[0-9a-f]{32}/"), folder);
    }
  }

  @ParameterizedTest(name = "growing {0}")
  @ValueSource(strings = {"upload-prefix", "imm-project"})
  void aPolicyOf2049BytesStopsStartUpNamingTheSettings(String grown) {
    List<String> settings = settingsOfSize(2049, grown);
    assertEquals(2049, policyBytes(settings.get(0), settings.get(1)));
    String message = assertThrows(ConfigurationException.class,
        () -> start(settings.get(0), settings.get(1)).close()).getMessage();
    for (String named : List.of("2049 bytes", "2048", "OSSDIRECT_UPLOAD_PREFIX", "OSSDIRECT_BUCKET",
        "OSSDIRECT_IMM_PROJECT", "1 over")) {
      assertTrue(message.contains(named), message);
    }
  }

  @Test
  void thePolicyIsMeasuredInBytes() {
    String prefix = settingsOfSize(2048, "upload-prefix").get(0).replaceFirst("x", "é");
    assertEquals(2049, policyBytes(prefix, "p"));
    String message = assertThrows(ConfigurationException.class, () -> start(prefix, "p").close()).getMessage();
    assertTrue(message.contains("2049 bytes"), message);
  }

  @Test
  void localModeChecksItToo() {
    String prefix = "uploads/" + "x".repeat(2000) + "/";
    String message = assertThrows(ConfigurationException.class,
        () -> LocalApp.start(dataDir.resolve("local"), "--upload-prefix=" + prefix).close()).getMessage();
    for (String named : List.of("OSSDIRECT_UPLOAD_PREFIX", "LOCALCLOUD_BUCKET", "LOCALCLOUD_IMM_PROJECT")) {
      assertTrue(message.contains(named), message);
    }
  }
}
