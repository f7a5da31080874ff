package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every log line of a run, start-up included, is searched for the secrets the run handled: the RAM user's
 * secret, the temporary credentials and the session key.
 */
class SecretsNotLoggedTest {

  @TempDir Path dataDir;

  @Test
  void neitherTheLongTermSecretNorTemporaryCredentialsAppearInTheLog() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(log);
    List<String> secrets = new ArrayList<>();
    String description;
    try (LocalApp app = LocalApp.start(dataDir, "--session-key=" + CloudModeApp.SESSION_KEY)) {
      description = app.application.describe();
      secrets.add(CloudModeApp.SESSION_KEY);
      secrets.add(app.localCloud().ramUserAccessKey().accessKeySecret());
      for (int i = 0; i < 3; i++) {
        HttpClient browser = LocalApp.newBrowser();
        JsonNode token = new ObjectMapper().readTree(app.get(browser, "/api/sts-token").body());
        secrets.add(token.get("AccessKeySecret").asText());
        secrets.add(token.get("SecurityToken").asText());
        app.get(browser, "/api/sts-token");
        app.get(browser, "/");
      }
    } finally {
      root.detachAppender(log);
    }
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : log.list) {
      lines.add(event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage()));
    }
    assertTrue(lines.size() > 5, "the run logged " + lines.size() + " lines");
    for (String secret : secrets) {
      assertFalse(description.contains(secret), "the start-up description shows a secret");
      for (String line : lines) {
        assertFalse(line.contains(secret), "a secret is in the log line: " + line.substring(0, Math.min(80, line.length())));
      }
    }
  }
}
