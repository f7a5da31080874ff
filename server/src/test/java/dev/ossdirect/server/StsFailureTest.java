package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Cloud mode, pointed at a local cloud, exactly as it would be at Alibaba Cloud: when AssumeRole fails the
 * browser gets 502 with STS's code, and the log names the likely fix.
 */
class StsFailureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dataDir;
  private static LocalCloud cloud;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  @BeforeEach
  void captureLog() {
    log.start();
    ((Logger) LoggerFactory.getLogger(TokenEndpoint.class)).addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(TokenEndpoint.class)).detachAppender(log);
  }

  private static Application cloudMode(String stsEndpoint, String roleArn, String secret) {
    Map<String, String> env = Map.of(
        "OSSDIRECT_REGION", cloud.region(),
        "OSSDIRECT_BUCKET", "web-direct-upload",
        "OSSDIRECT_IMM_PROJECT", "web-direct-project",
        "OSSDIRECT_ROLE_ARN", roleArn,
        "OSSDIRECT_STS_ENDPOINT", stsEndpoint,
        "OSSDIRECT_OSS_ENDPOINT", cloud.ossEndpoint().toString(),
        "OSSDIRECT_IMM_ENDPOINT", cloud.immEndpoint().toString());
    ServerSettings settings = ServerSettings.read(env, List.of("--port=0", "--host=127.0.0.1"));
    return Application.startCloud(settings, new com.aliyun.credentials.Client(
        new com.aliyun.credentials.models.Config()
            .setType("access_key")
            .setAccessKeyId(cloud.ramUserAccessKey().accessKeyId())
            .setAccessKeySecret(secret)));
  }

  private JsonNode failureOf(Application application, String expectedCode) throws Exception {
    HttpResponse<String> response = LocalApp.newBrowser().send(
        java.net.http.HttpRequest.newBuilder(application.url().resolve("/api/sts-token")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(502, response.statusCode(), response.body());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(expectedCode, body.get("Code").asText());
    assertFalse(body.get("Message").asText().isEmpty());
    assertFalse(response.body().contains("Exception"), response.body());
    List<String> lines = new ArrayList<>();
    log.list.forEach(event -> lines.add(event.getFormattedMessage()));
    assertTrue(lines.stream().anyMatch(line -> line.contains("code=" + expectedCode) && line.contains("fix=")),
        lines.toString());
    return body;
  }

  @Test
  void aWrongRoleArnIsEntityNotExistRole() throws Exception {
    try (Application application = cloudMode(
        cloud.stsEndpoint().toString(), "acs:ram::" + cloud.accountId() + ":role/nobody",
        cloud.ramUserAccessKey().accessKeySecret())) {
      JsonNode body = failureOf(application, "EntityNotExist.Role");
      assertNotNull(body.get("RequestId").textValue());
      assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("OSSDIRECT_ROLE_ARN")));
    }
  }

  @Test
  void aWrongSecretIsSignatureDoesNotMatch() throws Exception {
    try (Application application = cloudMode(cloud.stsEndpoint().toString(), cloud.roleArn(), "not-the-secret")) {
      failureOf(application, "SignatureDoesNotMatch");
    }
  }

  @Test
  void anUnreachableStsIsReportedAsSuch() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Application application = cloudMode(
        "http://127.0.0.1:" + closedPort, cloud.roleArn(), cloud.ramUserAccessKey().accessKeySecret())) {
      JsonNode body = failureOf(application, "StsUnreachable");
      assertTrue(body.get("RequestId").isNull());
    }
  }

  @Test
  void theSameSettingsWithTheRightValuesIssueTokens() throws Exception {
    try (Application application = cloudMode(
        cloud.stsEndpoint().toString(), cloud.roleArn(), cloud.ramUserAccessKey().accessKeySecret())) {
      HttpResponse<String> response = LocalApp.newBrowser().send(
          java.net.http.HttpRequest.newBuilder(application.url().resolve("/api/sts-token")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertEquals("cloud", application.deployment().mode());
    }
  }
}
