package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.TokenAnswer;
import dev.ossdirect.signing.token.UploadFlow;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token endpoint in local mode, in the browser-token flow (the token itself may upload), checked with real
 * requests to the local STS and OSS. {@link ServerSignedUploadsTest} checks the default flow.
 */
class TokenEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dataDir;
  private static LocalApp app;

  @BeforeAll
  static void startApp() {
    app = LocalApp.start(dataDir, "--rate-limit=0", "--upload-flow=browser-token");
  }

  @AfterAll
  static void stopApp() {
    app.close();
  }

  private static JsonNode token(HttpClient browser) throws Exception {
    HttpResponse<String> response = app.get(browser, "/api/sts-token");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static OSS oss(JsonNode token, boolean v4) {
    ClientBuilderConfiguration configuration = new ClientBuilderConfiguration();
    if (v4) {
      configuration.setSignatureVersion(SignVersion.V4);
    }
    String endpoint = app.localCloud().ossEndpoint().toString();
    return OSSClientBuilder.create()
        .endpoint(endpoint)
        .credentialsProvider(new DefaultCredentialProvider(
            token.get("AccessKeyId").asText(), token.get("AccessKeySecret").asText(),
            token.get("SecurityToken").asText()))
        .clientConfiguration(configuration)
        .region(token.get("Region").asText())
        .build();
  }

  private static void put(OSS oss, String key) {
    oss.putObject(app.application.deployment().bucket(), key,
        new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void returnsTheTutorialsFieldsAndWhatTheBrowserNeeds() throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    HttpResponse<String> response = app.get(browser, "/api/sts-token");
    JsonNode token = JSON.readTree(response.body());
    assertTrue(token.get("AccessKeyId").asText().startsWith("STS."));
    for (String field : new String[] {"AccessKeySecret", "SecurityToken", "Expiration", "Region", "Bucket",
        "OssEndpoint", "OssSignatureVersion", "ImmEndpoint", "ImmProject", "ImmSignature", "UploadPrefix",
        "MaxFileSize", "AllowedContentTypes"}) {
      assertTrue(token.hasNonNull(field), field);
    }
    assertTrue(token.get("UploadPrefix").asText().matches("uploads/[0-9a-f]{32}/"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith(BrowserSession.COOKIE + "="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
    assertEquals(200, app.get(browser, "/get_sts_token").statusCode());
  }

  @Test
  void aReloadReusesTheSessionsTokenAndANewSessionGetsItsOwn() throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    long before = app.localCloud().assumeRoleCount();
    JsonNode first = token(browser);
    JsonNode reload = token(browser);
    assertEquals(first.get("AccessKeyId"), reload.get("AccessKeyId"));
    assertEquals(before + 1, app.localCloud().assumeRoleCount());
    JsonNode other = token(LocalApp.newBrowser());
    assertNotEquals(first.get("AccessKeyId"), other.get("AccessKeyId"));
    assertNotEquals(first.get("UploadPrefix"), other.get("UploadPrefix"));
    assertEquals(before + 2, app.localCloud().assumeRoleCount());
  }

  @Test
  void aCacheHitSendsExactlyTheTokenAnswersJsonWithTheSameHeaders() throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    HttpResponse<String> miss = app.get(browser, "/api/sts-token");
    HttpResponse<String> hit = app.get(browser, "/api/sts-token");
    assertEquals(miss.body(), hit.body());
    JsonNode token = JSON.readTree(hit.body());
    List<String> types = new ArrayList<>();
    token.get("AllowedContentTypes").forEach(type -> types.add(type.asText()));
    String expected = TokenAnswer.builder()
        .token(token.get("AccessKeyId").asText(), token.get("AccessKeySecret").asText(),
            token.get("SecurityToken").asText(), token.get("Expiration").asText())
        .bucket(token.get("Region").asText(), token.get("Bucket").asText(), token.get("OssEndpoint").asText())
        .ossSignatureVersion(OssSignatureVersion.fromWireName(token.get("OssSignatureVersion").asText()))
        .imm(token.get("ImmEndpoint").asText(), token.get("ImmProject").asText())
        .immSignature(ImmSignature.fromWireName(token.get("ImmSignature").asText()))
        .uploadFlow(UploadFlow.fromWireName(token.get("UploadFlow").asText()))
        .uploadPrefix(token.get("UploadPrefix").asText())
        .limits(token.get("MaxFileSize").asLong(), types)
        .build()
        .toJson();
    assertEquals(expected, hit.body());
    assertEquals(expected.getBytes(StandardCharsets.UTF_8).length,
        Long.parseLong(hit.headers().firstValue("Content-Length").orElseThrow()));
    for (String header : new String[] {"Content-Type", "Cache-Control", "Content-Security-Policy",
        "X-Content-Type-Options", "Referrer-Policy"}) {
      assertEquals(miss.headers().allValues(header), hit.headers().allValues(header), header);
    }
    assertEquals(List.of("application/json"), hit.headers().allValues("Content-Type"));
    assertEquals(List.of("no-store"), hit.headers().allValues("Cache-Control"));
    assertTrue(hit.headers().firstValue("Set-Cookie").isEmpty(), "the session's cookie is set once");
  }

  @Test
  void renewIssuesANewTokenThatLaterRequestsOfTheSessionGet() throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    JsonNode first = token(browser);
    long before = app.localCloud().assumeRoleCount();
    HttpResponse<String> response = app.get(browser, "/api/sts-token?renew=1");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode renewed = JSON.readTree(response.body());
    assertNotEquals(first.get("AccessKeyId"), renewed.get("AccessKeyId"));
    assertNotEquals(first.get("SecurityToken"), renewed.get("SecurityToken"));
    assertEquals(first.get("UploadPrefix"), renewed.get("UploadPrefix"));
    assertEquals(before + 1, app.localCloud().assumeRoleCount());
    assertEquals(renewed.get("AccessKeyId"), token(browser).get("AccessKeyId"));
    assertEquals(before + 1, app.localCloud().assumeRoleCount());
    // Only renew=1 renews; any other value is an ordinary request.
    assertEquals(renewed.get("AccessKeyId"), JSON.readTree(app.get(browser, "/api/sts-token?renew=0").body())
        .get("AccessKeyId"));
    put(oss(renewed, true), renewed.get("UploadPrefix").asText() + "after-renewal.txt");
  }

  @Test
  void theTokenWritesOnlyIntoItsSessionsFolder() throws Exception {
    JsonNode mine = token(LocalApp.newBrowser());
    JsonNode theirs = token(LocalApp.newBrowser());
    for (boolean v4 : new boolean[] {true, false}) {
      OSS oss = oss(mine, v4);
      try {
        put(oss, mine.get("UploadPrefix").asText() + "photo.jpg");
        assertEquals("AccessDenied",
            assertThrowsOss(() -> put(oss, theirs.get("UploadPrefix").asText() + "photo.jpg")).getErrorCode());
        assertEquals("AccessDenied", assertThrowsOss(() -> put(oss, "uploads/photo.jpg")).getErrorCode());
        assertEquals("AccessDenied", assertThrowsOss(() -> put(oss, "elsewhere/photo.jpg")).getErrorCode());
        assertEquals("AccessDenied", assertThrowsOss(() -> oss.getObject(
            app.application.deployment().bucket(), mine.get("UploadPrefix").asText() + "photo.jpg")).getErrorCode());
      } finally {
        oss.shutdown();
      }
    }
  }

  @Test
  void theTokenManagesMultipartUploadsInItsFolderOnly() throws Exception {
    JsonNode mine = token(LocalApp.newBrowser());
    JsonNode theirs = token(LocalApp.newBrowser());
    String bucket = app.application.deployment().bucket();
    OSS oss = oss(mine, true);
    try {
      String key = mine.get("UploadPrefix").asText() + "big.bin";
      String uploadId = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, key)).getUploadId();
      assertEquals(0, oss.listParts(new ListPartsRequest(bucket, key, uploadId)).getParts().size());
      oss.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, key, uploadId));
      assertEquals("AccessDenied", assertThrowsOss(() -> oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(
          bucket, theirs.get("UploadPrefix").asText() + "big.bin"))).getErrorCode());
    } finally {
      oss.shutdown();
    }
  }

  private static OSSException assertThrowsOss(org.junit.jupiter.api.function.Executable call) {
    return org.junit.jupiter.api.Assertions.assertThrows(OSSException.class, call);
  }
}
