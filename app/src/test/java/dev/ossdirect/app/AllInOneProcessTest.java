package dev.ossdirect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.MainProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-in-one command as an operator runs it, in a child JVM. */
class AllInOneProcessTest {

  /** The local cloud on free ports, so that the test never needs 9101 to 9103. */
  private static final Map<String, String> FREE_PORTS =
      Map.of("LOCALCLOUD_STS_PORT", "0", "LOCALCLOUD_OSS_PORT", "0", "LOCALCLOUD_IMM_PORT", "0");

  @TempDir Path dataDir;
  @TempDir Path home;

  @Test
  void localModeStartsWithoutSettingsServesThePageAndStopsGracefullyOnSigterm() throws Exception {
    Process process = MainProcess.command(AppMain.class, home, FREE_PORTS, "--port=0", "--data-dir=" + dataDir)
        .start();
    try {
      List<String> output = MainProcess.outputUntilServing(process);
      // The local cloud's log line of the server's own AssumeRole, made at start, may come first.
      assertTrue(output.stream().anyMatch(line -> line.contains("ossdirect is running in local mode")),
          output.toString());
      URI url = MainProcess.servedUrl(output);
      HttpClient browser = HttpClient.newHttpClient();
      HttpResponse<String> health = browser.send(
          HttpRequest.newBuilder(url.resolve("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"ok\"}", health.body());
      HttpResponse<String> token = browser.send(
          HttpRequest.newBuilder(url.resolve("/api/sts-token")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, token.statusCode(), token.body());
      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the app did not stop on SIGTERM");
      assertEquals(143, process.exitValue());
      assertTrue(MainProcess.isRefused(url), "the port still answers after shutdown");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aBadLocalCloudSettingStopsStartUpWithOneLineNamingIt() throws Exception {
    Process process = MainProcess.command(AppMain.class, home, Map.of("LOCALCLOUD_OSS_PORT", "65536"),
        "--port=0", "--data-dir=" + dataDir).start();
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app started with a bad setting");
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, process.exitValue(), stderr);
      assertEquals("ossdirect: LOCALCLOUD_OSS_PORT is invalid: \"65536\"; expected a whole number from 0 to 65535.",
          stderr.strip());
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void halfFilledCloudSettingsStopStartUpNamingTheVariable() throws Exception {
    Process process = MainProcess.command(AppMain.class, home, Map.of("OSSDIRECT_BUCKET", "b-1")).start();
    try {
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, process.exitValue(), stderr);
      assertTrue(stderr.startsWith("ossdirect: OSSDIRECT_REGION is missing"), stderr);
    } finally {
      process.destroyForcibly();
    }
  }
}
