package dev.ossdirect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.Application;
import dev.ossdirect.server.ConfigurationException;
import dev.ossdirect.server.ServerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher wires the local cloud into the server, in process. */
class LocalModeTest {

  private static final Map<String, String> FREE_PORTS =
      Map.of("LOCALCLOUD_STS_PORT", "0", "LOCALCLOUD_OSS_PORT", "0", "LOCALCLOUD_IMM_PORT", "0");

  @TempDir Path dataDir;

  private ServerSettings settings(String... flags) {
    List<String> args = new java.util.ArrayList<>(List.of("--port=0", "--data-dir=" + dataDir));
    args.addAll(List.of(flags));
    return ServerSettings.read(Map.of(), args);
  }

  /** The bucket's CORS rule names the origin the page is really served from, by address and by name, and no other. */
  @Test
  void theBucketAllowsThePagesOwnOriginsOnly() throws Exception {
    try (Application app = LocalMode.start(settings(), FREE_PORTS)) {
      assertEquals("local", app.deployment().mode());
      int port = app.url().getPort();
      URI bucket = URI.create(app.deployment().bucketUrl() + "/uploads/photo.jpg");
      assertEquals(Optional.of("http://127.0.0.1:" + port), preflight(bucket, "http://127.0.0.1:" + port));
      assertEquals(Optional.of("http://localhost:" + port), preflight(bucket, "http://localhost:" + port));
      assertEquals(Optional.empty(), preflight(bucket, "http://127.0.0.1:" + (port == 65535 ? port - 1 : port + 1)));
    }
  }

  @Test
  void theLocalCloudReadsItsOwnSettingsFromTheEnvironment() {
    Map<String, String> env = new HashMap<>(FREE_PORTS);
    env.put("LOCALCLOUD_BUCKET", "my-own-bucket");
    env.put("LOCALCLOUD_IMM_PROJECT", "my-own-project");
    try (Application app = LocalMode.start(settings(), env)) {
      assertEquals("my-own-bucket", app.deployment().bucket());
      assertEquals("my-own-project", app.deployment().immProject());
    }
  }

  /** A session policy over STS's limit names the local cloud's variables, which are the ones to shorten here. */
  @Test
  void aSessionPolicyOverTheLimitStopsStartUpNamingTheLocalCloudsVariables() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> LocalMode.start(settings("--upload-prefix=" + "a".repeat(1800) + "/"), FREE_PORTS).close());
    assertTrue(e.getMessage().contains("LOCALCLOUD_BUCKET"), e.getMessage());
    assertTrue(e.getMessage().contains("LOCALCLOUD_IMM_PROJECT"), e.getMessage());
  }

  @Test
  void aBadLocalCloudSettingIsAConfigurationError() {
    Map<String, String> env = new HashMap<>(FREE_PORTS);
    env.put("LOCALCLOUD_STS_PORT", "-1");
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> LocalMode.start(settings(), env).close());
    assertTrue(e.getMessage().startsWith("LOCALCLOUD_STS_PORT is invalid"), e.getMessage());
  }

  private static Optional<String> preflight(URI url, String origin) throws Exception {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "PUT")
            .build(),
        HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("Access-Control-Allow-Origin");
  }
}
