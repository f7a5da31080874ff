package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's command as an operator runs it, in a child JVM. */
class ServerProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  @TempDir Path home;

  private ProcessBuilder serverCommand(Map<String, String> env, String... args) {
    return MainProcess.command(ServerMain.class, home, env, args);
  }

  /** Cloud-mode settings for {@code cloud}, as an operator would export them. */
  private static Map<String, String> cloudSettings(LocalCloud cloud) {
    Map<String, String> env = new HashMap<>();
    env.put("OSSDIRECT_REGION", cloud.region());
    env.put("OSSDIRECT_BUCKET", cloud.config().buckets().get(0).name());
    env.put("OSSDIRECT_IMM_PROJECT", cloud.config().immProject());
    env.put("OSSDIRECT_ROLE_ARN", cloud.roleArn());
    env.put("OSSDIRECT_STS_ENDPOINT", cloud.stsEndpoint().toString());
    env.put("OSSDIRECT_OSS_ENDPOINT", cloud.ossEndpoint().toString());
    env.put("OSSDIRECT_IMM_ENDPOINT", cloud.immEndpoint().toString());
    env.put("OSSDIRECT_SESSION_KEY", CloudModeApp.SESSION_KEY);
    env.put("OSSDIRECT_HOST", "127.0.0.1");
    env.put("OSSDIRECT_PORT", "0");
    return env;
  }

  @Test
  void halfFilledCloudSettingsStopStartUpNamingTheVariable() throws Exception {
    Process process = serverCommand(Map.of("OSSDIRECT_REGION", "cn-hangzhou", "OSSDIRECT_BUCKET", "b-1",
        "OSSDIRECT_IMM_PROJECT", "p")).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, process.exitValue());
    assertTrue(stderr.startsWith("ossdirect: OSSDIRECT_ROLE_ARN is missing"), stderr);
  }

  @Test
  void cloudModeWithoutCredentialsStopsStartUpNamingWhereTheyComeFrom(@TempDir Path cloudData) throws Exception {
    try (LocalCloud cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(cloudData))) {
      Process process = serverCommand(cloudSettings(cloud)).start();
      try {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server started without credentials");
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), stderr);
        assertTrue(stderr.startsWith("ossdirect: No Alibaba Cloud credentials"), stderr);
        for (String named : List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "RAM role")) {
          assertTrue(stderr.contains(named), stderr);
        }
        assertEquals(0, cloud.assumeRoleCount());
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /** Credentials the default chain finds are not judged at start-up: STS judges them at the first token. */
  @ParameterizedTest(name = "right secret: {0}")
  @ValueSource(booleans = {true, false})
  void cloudModeTakesCredentialsFromTheEnvironmentAndStsJudgesThem(boolean rightSecret, @TempDir Path cloudData)
      throws Exception {
    try (LocalCloud cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(cloudData))) {
      Map<String, String> env = cloudSettings(cloud);
      env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", cloud.ramUserAccessKey().accessKeyId());
      env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET",
          rightSecret ? cloud.ramUserAccessKey().accessKeySecret() : "not-the-secret");
      Process process = serverCommand(env).start();
      try {
        URI url = MainProcess.servedUrl(MainProcess.outputUntilServing(process));
        HttpResponse<String> token = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(url.resolve("/api/sts-token")).build(), HttpResponse.BodyHandlers.ofString());
        if (rightSecret) {
          assertEquals(200, token.statusCode(), token.body());
        } else {
          assertEquals(502, token.statusCode(), token.body());
          assertEquals("SignatureDoesNotMatch", JSON.readTree(token.body()).get("Code").asText());
        }
      } finally {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** This jar has no local cloud: without cloud settings it says how to configure them, or what to run instead. */
  @Test
  void withoutCloudSettingsStartUpStopsSayingHowToConfigureCloudModeOrRunTheAllInOneJar() throws Exception {
    Process process = serverCommand(Map.of(), "--port=0", "--data-dir=" + dataDir).start();
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server started without cloud settings");
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, process.exitValue(), stderr);
      assertEquals(1, stderr.lines().count(), stderr);
      assertTrue(stderr.startsWith("ossdirect: Cloud mode is not configured"), stderr);
      for (String named : List.of("OSSDIRECT_REGION", "OSSDIRECT_BUCKET", "OSSDIRECT_IMM_PROJECT",
          "OSSDIRECT_ROLE_ARN", "OSSDIRECT_SESSION_KEY", "app/target/ossdirect.jar")) {
        assertTrue(stderr.contains(named), stderr);
      }
      try (Stream<Path> stored = Files.list(dataDir)) {
        assertTrue(stored.findAny().isEmpty(), "no local cloud started");
      }
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void helpPrintsEverySettingAndStartsNothing() throws Exception {
    Process process = serverCommand(Map.of(), "--help").start();
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), stdout);
      assertEquals(ServerSettings.table().settings().size(),
          stdout.lines().filter(line -> line.startsWith("  --")).count(), stdout);
      assertTrue(stdout.contains("  --port, OSSDIRECT_PORT or PORT  (default: 8080)\n"), stdout);
    } finally {
      process.destroyForcibly();
    }
  }
}
