package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's command as an operator runs it, in a child JVM. */
class ServerProcessTest {

  @TempDir Path dataDir;

  private static ProcessBuilder serverCommand(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("OSSDIRECT_") || name.startsWith("ALIBABA_CLOUD_"));
    builder.environment().putAll(env);
    return builder;
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
  void localModeStartsWithoutSettingsAndStopsGracefullyOnSigterm() throws Exception {
    Process process = serverCommand(LocalApp.ENV, "--port=0", "--data-dir=" + dataDir).start();
    try {
      URI url = null;
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = out.readLine()) != null && url == null; ) {
        lines.add(line);
        if (line.trim().startsWith("Open")) {
          url = URI.create(line.trim().substring("Open".length()).trim());
        }
      }
      assertTrue(lines.get(0).contains("local mode"), lines.toString());
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
