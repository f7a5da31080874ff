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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    return CloudModeApp.start(cloud, stsEndpoint, roleArn, secret);
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
    // A socket bound but not listening: connections to its port are refused, and while it stays open no
    // other socket (the app's own, say) can take the port.
    try (Socket closed = new Socket()) {
      closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Application application = cloudMode("http://127.0.0.1:" + closed.getLocalPort(), cloud.roleArn(),
          cloud.ramUserAccessKey().accessKeySecret());
      try (application) {
        JsonNode body = failureOf(application, "StsUnreachable");
        assertTrue(body.get("RequestId").isNull());
      }
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
