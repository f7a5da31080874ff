package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's command as an operator runs it, in a child JVM. */
class ServerProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  @TempDir Path home;

  /**
   * The server's command in a child JVM whose environment, system properties and home folder the test
   * controls, so that Alibaba's default credential chain finds only what {@code env} gives it: no
   * {@code ALIBABA_CLOUD_*} variable but those, no {@code alibabacloud.*} property, an empty home (no
   * {@code ~/.alibabacloud/credentials.ini}, no {@code ~/.aliyun/config.json}), and the ECS metadata service
   * off, so that nothing is asked beyond loopback.
   */
  private ProcessBuilder serverCommand(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home,
        "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("OSSDIRECT_") || name.startsWith("ALIBABA_CLOUD_")
        || name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
    builder.environment().put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    builder.environment().putAll(env);
    return builder;
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

  /** What the server prints until it serves, the line with its URL last. */
  private static List<String> outputUntilServing(Process process) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      lines.add(line);
      if (line.trim().startsWith("Open")) {
        return lines;
      }
    }
    throw new AssertionError("the server stopped without serving: " + lines);
  }

  private static URI servedUrl(List<String> output) {
    String open = output.get(output.size() - 1).trim();
    return URI.create(open.substring("Open".length()).trim());
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
        URI url = servedUrl(outputUntilServing(process));
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

  @Test
  void localModeStartsWithoutSettingsAndStopsGracefullyOnSigterm() throws Exception {
    Process process = serverCommand(LocalApp.ENV, "--port=0", "--data-dir=" + dataDir).start();
    try {
      List<String> output = outputUntilServing(process);
      assertTrue(output.get(0).contains("local mode"), output.toString());
      URI url = servedUrl(output);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(url.resolve("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
      assertEquals(143, process.exitValue());
      URI stopped = url;
      assertTrue(isRefused(stopped), "the port still answers after shutdown");
    } finally {
      process.destroyForcibly();
    }
  }

  private static boolean isRefused(URI url) throws InterruptedException {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/healthz")).build(),
          HttpResponse.BodyHandlers.discarding());
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
