package dev.ossdirect.reliability.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.storage.TestImages;
import dev.ossdirect.reliability.wire.SdkCalls;
import dev.ossdirect.server.Application;
import dev.ossdirect.server.CloudModeApp;
import dev.ossdirect.server.LocalApp;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * What the token from the server's {@code /api/sts-token} may do in the browser-token flow, where it may
 * upload (in the default flow it may not write at all: {@code ServiceEnforcedLimitsTest}). The role behind it is deliberately wide
 * (every object action in every bucket, IMM on every project), so that only the server's session policy
 * holds the token to its own folder, to uploading, and to the one IMM project. The server runs in cloud
 * mode against a local cloud with two buckets, as it would against Alibaba Cloud.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTokenScopeTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String OTHER_BUCKET = "other-bucket";
  private static final String PROJECT = "web-direct-project";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OssTestCloud oss;
  private Application server;
  private String ownFolder;
  private String otherFolder;
  private OSS client;
  private Credentials token;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    List<CorsRule> cors = List.of(CorsRule.forApp(List.of(OssTestCloud.APP_ORIGIN)));
    oss = OssTestCloud.start(dataDir, config -> config
        .buckets(List.of(new BucketConfig(BUCKET, cors), new BucketConfig(OTHER_BUCKET, cors)))
        .rolePolicies(List.of(
            OssTestCloud.allow("oss:*", "acs:oss:*:*:*"), OssTestCloud.allow("imm:*", "acs:imm:*:*:project/*"))));
    server = CloudModeApp.start(oss.cloud, List.of("--upload-flow=browser-token"));
    JsonNode own = sessionToken();
    JsonNode other = sessionToken();
    ownFolder = own.get("UploadPrefix").asText();
    otherFolder = other.get("UploadPrefix").asText();
    token = credentials(own);
    client = oss.client(SignVersion.V4, token);
    OSS otherClient = oss.client(SignVersion.V4, credentials(other));
    try {
      otherClient.putObject(BUCKET, otherFolder + "theirs.png", new ByteArrayInputStream(TestImages.plainPng()));
    } finally {
      otherClient.shutdown();
    }
    client.putObject(BUCKET, ownFolder + "mine.png", new ByteArrayInputStream(TestImages.plainPng()));
  }

  @AfterAll
  void stop() {
    client.shutdown();
    server.close();
    oss.close();
  }

  /** What the session tries, and the error it must get ({@code null}: allowed). */
  private record Attempt(String name, SdkCalls.Call call, String expectedError) {
    @Override
    public String toString() {
      return name + " \u2192 " + (expectedError == null ? "allowed" : expectedError);
    }
  }

  Stream<Attempt> attempts() {
    byte[] bytes = {1, 2, 3};
    return Stream.of(
        new Attempt("PutObject in its own folder", () -> put(BUCKET, ownFolder + "photo.jpg", bytes), null),
        new Attempt("multipart upload in its own folder: initiate, ListParts, abort",
            () -> multipartInAndOut(ownFolder + "parts.bin"), null),
        new Attempt("DetectImageFaces on its picture in its project",
            () -> detect(PROJECT, ownFolder + "mine.png"), null),
        new Attempt("PutObject under uploads/ but outside its folder",
            () -> put(BUCKET, "uploads/photo.jpg", bytes), "AccessDenied"),
        new Attempt("PutObject at the bucket's root", () -> put(BUCKET, "photo.jpg", bytes), "AccessDenied"),
        new Attempt("PutObject into another session's folder",
            () -> put(BUCKET, otherFolder + "photo.jpg", bytes), "AccessDenied"),
        new Attempt("PutObject over another session's object",
            () -> put(BUCKET, otherFolder + "theirs.png", bytes), "AccessDenied"),
        new Attempt("PutObject into a folder whose name starts with its own",
            () -> put(BUCKET, ownFolder.substring(0, ownFolder.length() - 1) + "x/photo.jpg", bytes),
            "AccessDenied"),
        new Attempt("PutObject climbing with .. into another session's folder",
            () -> put(BUCKET, ownFolder + "../" + otherFolder.substring("uploads/".length()) + "photo.jpg", bytes),
            "InvalidObjectName"),
        new Attempt("InitiateMultipartUpload in another session's folder",
            () -> client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, otherFolder + "p.bin")),
            "AccessDenied"),
        new Attempt("PutObject into another bucket", () -> put(OTHER_BUCKET, ownFolder + "photo.jpg", bytes),
            "AccessDenied"),
        new Attempt("GetObject of its own object", () -> client.getObject(BUCKET, ownFolder + "mine.png").close(),
            "AccessDenied"),
        new Attempt("GetObject of another session's object",
            () -> client.getObject(BUCKET, otherFolder + "theirs.png").close(), "AccessDenied"),
        new Attempt("HeadObject of its own object", () -> client.getObjectMetadata(BUCKET, ownFolder + "mine.png"),
            "AccessDenied"),
        new Attempt("DeleteObject of its own object", () -> client.deleteObject(BUCKET, ownFolder + "mine.png"),
            "AccessDenied"),
        new Attempt("DeleteObject of another session's object",
            () -> client.deleteObject(BUCKET, otherFolder + "theirs.png"), "AccessDenied"),
        new Attempt("DetectImageFaces in another project", () -> detect("other-project", ownFolder + "mine.png"),
            "AccessDenied"));
  }

  @ReliabilityCase(Row.POLICY_SESSION_TOKEN)
  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void theSessionTokenDoesOnlyWhatItsPolicyAllows(Attempt attempt) throws Exception {
    assertEquals(attempt.expectedError(), SdkCalls.errorCodeOf(attempt.call()), attempt.name());
  }

  private void put(String bucket, String key, byte[] bytes) {
    client.putObject(bucket, key, new ByteArrayInputStream(bytes));
  }

  private void multipartInAndOut(String key) {
    String uploadId = client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    client.listParts(new ListPartsRequest(BUCKET, key, uploadId));
    client.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, key, uploadId));
  }

  private void detect(String project, String key) throws Exception {
    SdkCalls.detectImageFaces(oss.cloud, token, project, "oss://" + BUCKET + "/" + key);
  }

  /** The token of a new browser session, as the server's endpoint returns it. */
  private JsonNode sessionToken() throws Exception {
    HttpResponse<String> response = LocalApp.newBrowser().send(
        HttpRequest.newBuilder(server.url().resolve("/api/sts-token")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static Credentials credentials(JsonNode token) {
    return Credentials.temporary(token.get("AccessKeyId").asText(), token.get("AccessKeySecret").asText(),
        token.get("SecurityToken").asText(), UtcTimestamps.parseIso8601(token.get("Expiration").asText()));
  }
}
