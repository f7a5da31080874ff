package dev.ossdirect.reliability.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.storage.TestImages;
import dev.ossdirect.reliability.wire.SdkCalls;
import dev.ossdirect.signing.Credentials;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session policy cannot give a token more than the role has: the role here is the tutorial's (PutObject
 * under {@code uploads/}, IMM on the one project), and each session policy tries to widen it, or narrows
 * it with a Deny. The token must keep the intersection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionPolicyIntersectionTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String OTHER_BUCKET = "other-bucket";
  private static final String EVERYTHING =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
  private static final String EVERYTHING_BUT_PRIVATE = "{\"Version\":\"1\",\"Statement\":["
      + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
      + "{\"Effect\":\"Deny\",\"Action\":\"oss:*\",\"Resource\":\"acs:oss:*:*:" + BUCKET + "/uploads/private/*\"}]}";

  private OssTestCloud oss;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    List<CorsRule> cors = List.of(CorsRule.forApp(List.of(OssTestCloud.APP_ORIGIN)));
    oss = OssTestCloud.start(dataDir, config -> config
        .buckets(List.of(new BucketConfig(BUCKET, cors), new BucketConfig(OTHER_BUCKET, cors)))
        .rolePolicies(new LocalCloudConfig().rolePolicies()));
    Credentials writer = oss.assumeRole();
    OSS client = oss.client(SignVersion.V4, writer);
    try {
      client.putObject(BUCKET, "uploads/picture.png", new ByteArrayInputStream(TestImages.plainPng()));
    } finally {
      client.shutdown();
    }
  }

  @AfterAll
  void stop() {
    oss.close();
  }

  /** A session policy, an action with the token it gives, and the error it must get (null: allowed). */
  private record Attempt(String name, String sessionPolicy, Action action, String expectedError) {
    @Override
    public String toString() {
      return name + " \u2192 " + (expectedError == null ? "allowed" : expectedError);
    }
  }

  @FunctionalInterface
  private interface Action {
    void run(OSS client, Credentials token) throws Exception;
  }

  Stream<Attempt> attempts() {
    byte[] bytes = {1};
    return Stream.of(
        new Attempt("everything allowed; PutObject under uploads/ (the role allows it)", EVERYTHING,
            (client, token) -> client.putObject(BUCKET, "uploads/a.bin", new ByteArrayInputStream(bytes)), null),
        new Attempt("everything allowed; DetectImageFaces in the role's project", EVERYTHING,
            (client, token) -> SdkCalls.detectImageFaces(oss.cloud, token, "web-direct-project",
                "oss://" + BUCKET + "/uploads/picture.png"), null),
        new Attempt("everything allowed; PutObject outside uploads/", EVERYTHING,
            (client, token) -> client.putObject(BUCKET, "elsewhere/a.bin", new ByteArrayInputStream(bytes)),
            "AccessDenied"),
        new Attempt("everything allowed; PutObject into another bucket", EVERYTHING,
            (client, token) -> client.putObject(OTHER_BUCKET, "uploads/a.bin", new ByteArrayInputStream(bytes)),
            "AccessDenied"),
        new Attempt("everything allowed; GetObject", EVERYTHING,
            (client, token) -> client.getObject(BUCKET, "uploads/picture.png").close(), "AccessDenied"),
        new Attempt("everything allowed; DeleteObject", EVERYTHING,
            (client, token) -> client.deleteObject(BUCKET, "uploads/picture.png"), "AccessDenied"),
        new Attempt("everything allowed; DetectImageFaces in another project", EVERYTHING,
            (client, token) -> SdkCalls.detectImageFaces(oss.cloud, token, "other-project",
                "oss://" + BUCKET + "/uploads/picture.png"), "AccessDenied"),
        new Attempt("everything but uploads/private/ allowed; PutObject there", EVERYTHING_BUT_PRIVATE,
            (client, token) -> client.putObject(BUCKET, "uploads/private/a.bin", new ByteArrayInputStream(bytes)),
            "AccessDenied"),
        new Attempt("everything but uploads/private/ allowed; PutObject beside it", EVERYTHING_BUT_PRIVATE,
            (client, token) -> client.putObject(BUCKET, "uploads/public/a.bin", new ByteArrayInputStream(bytes)),
            null),
        new Attempt("only another bucket allowed; PutObject under uploads/",
            OssTestCloud.allow("oss:PutObject", "acs:oss:*:*:" + OTHER_BUCKET + "/*"),
            (client, token) -> client.putObject(BUCKET, "uploads/a.bin", new ByteArrayInputStream(bytes)),
            "AccessDenied"));
  }

  @ReliabilityCase(Row.POLICY_INTERSECTION)
  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void theTokenKeepsTheIntersectionOfRoleAndSessionPolicy(Attempt attempt) throws Exception {
    Credentials token = SdkCalls.assumeRole(oss.cloud, attempt.sessionPolicy());
    OSS client = oss.client(SignVersion.V4, token);
    try {
      assertEquals(attempt.expectedError(), SdkCalls.errorCodeOf(() -> attempt.action().run(client, token)),
          attempt.name());
    } finally {
      client.shutdown();
    }
  }
}
