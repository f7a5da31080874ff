package dev.ossdirect.server.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.server.CloudModeApp;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's container image (built with {@code -P image}): its configuration, what its layers hold, and
 * the image itself running. No container engine runs where this project is built, so the image is run as
 * one would run it, from its own tar: its layers unpacked into a root, its entrypoint started there as its
 * user ({@link UnpackedImageProcess}). Skipped where that needs what the machine lacks (root, unshare),
 * except under {@code CI=true}, where it must run.
 */
class ContainerImageIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ImageTar image;
  private static JsonNode config;
  private static Map<String, ImageTar.Entry> files;
  private static String uid;

  @BeforeAll
  static void readImage() throws IOException {
    String tar = System.getProperty("image.tar");
    Assumptions.assumeTrue(tar != null, "the image is built and tested with -P image");
    image = ImageTar.read(Path.of(tar));
    config = image.config();
    files = image.files();
    uid = System.getProperty("image.uid");
  }

  @Test
  void runsAsANumericUserThatIsNotRoot() {
    String user = config.get("User").asText();
    assertEquals(uid + ":" + uid, user);
    assertFalse(uid.equals("0"));
    assertTrue(user.matches("[1-9][0-9]*:[1-9][0-9]*"), user);
  }

  @Test
  void startsTheServerWithTheImagesOwnJava() {
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(argument -> entrypoint.add(argument.asText()));
    assertEquals("/opt/java/bin/java", entrypoint.get(0));
    assertEquals("dev.ossdirect.server.ServerMain", entrypoint.get(entrypoint.size() - 1));
    assertTrue(config.path("Cmd").isMissingNode() || config.get("Cmd").isNull() || config.get("Cmd").isEmpty(),
        "no Cmd to append arguments the server would not expect: " + config.get("Cmd"));
    assertTrue(files.containsKey("/app/classes/dev/ossdirect/server/ServerMain.class"));
  }

  @Test
  void listensOnPort8080AsPortSays() {
    assertTrue(config.get("ExposedPorts").has("8080/tcp"), config.toString());
    List<String> env = new ArrayList<>();
    config.get("Env").forEach(variable -> env.add(variable.asText()));
    assertTrue(env.contains("PORT=8080"), env.toString());
  }

  @Test
  void theUserCanWriteItsWorkingFolderAndTmp() {
    assertEquals("/data", config.get("WorkingDir").asText());
    for (String folder : List.of("/data", "/tmp")) {
      ImageTar.Entry entry = files.get(folder);
      assertNotNull(entry, folder);
      assertTrue(entry.directory(), folder);
      assertEquals(0777, entry.mode() & 0777, folder);
    }
  }

  @Test
  void holdsTheServerItsLibrariesAndPageAJavaRuntimeAndWhatItLoads() {
    for (String path : List.of(
        "/opt/java/bin/java", "/opt/java/lib/server/libjvm.so", "/opt/java/lib/security/cacerts",
        "/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libc.so.6", "/lib/x86_64-linux-gnu/libz.so.1",
        "/etc/passwd", "/app/resources/webapp/app/index.html", "/app/resources/META-INF/THIRD-PARTY.txt")) {
      assertTrue(files.containsKey(path), path);
    }
    assertEquals(0755, files.get("/opt/java/bin/java").mode() & 0777);
    assertTrue(files.keySet().stream().anyMatch(path -> path.matches("/app/libs/javalin-[0-9.]+\\.jar")));
    // What the libraries and the runtime are under, from the Debian packages they were copied from.
    for (String copyright : List.of("libc6", "zlib1g", "openjdk-17-jre-headless")) {
      assertTrue(files.containsKey("/usr/share/doc/" + copyright + "/copyright"), copyright);
    }
    // The runtime holds only what the server uses: no compiler, no window system, no sound.
    assertFalse(files.containsKey("/opt/java/bin/javac"));
    assertFalse(files.containsKey("/opt/java/lib/libawt_xawt.so"));
    assertFalse(files.containsKey("/opt/java/lib/libjsound.so"));
    assertFalse(files.keySet().stream().anyMatch(path -> path.contains("libX11")));
  }

  @Test
  void servesItsPageHealthAndTokensWhenRun(@TempDir Path cloudData) throws Exception {
    Assumptions.assumeTrue(UnpackedImageProcess.isPossible() || "true".equals(System.getenv("CI")),
        "running the image needs root and " + UnpackedImageProcess.UNSHARE);
    Path root = Path.of(System.getProperty("image.tar")).resolveSibling("image-run");
    deleteUnpacked(root);
    Files.createDirectories(root);
    image.unpackInto(root);

    try (LocalCloud cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(cloudData))) {
      // The port as a platform gives it: PORT, which OSSDIRECT_PORT would override.
      Map<String, String> env = CloudModeApp.environment(cloud);
      env.remove("OSSDIRECT_PORT");
      env.put("PORT", "0");
      env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", cloud.ramUserAccessKey().accessKeyId());
      env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", cloud.ramUserAccessKey().accessKeySecret());
      env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");

      try (UnpackedImageProcess server = UnpackedImageProcess.start(root, config, env)) {
        URI url = servedUrl(server.process());
        assertEquals(Long.parseLong(uid), uidOf(server.entrypoint()));

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(url.resolve("/healthz")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("ok", JSON.readTree(health.body()).get("status").asText());

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url.resolve("/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(".page.cache.js\" defer></script>"), page.body());

        HttpResponse<String> token = http.send(HttpRequest.newBuilder(url.resolve("/api/sts-token")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        assertTrue(JSON.readTree(token.body()).get("AccessKeyId").asText().startsWith("STS."), token.body());
        assertEquals(1, cloud.assumeRoleCount());

        assertTrue(server.stop(30), "the server did not stop on SIGTERM");
      }
    }
  }

  /** The URL the server prints once it serves ("Open http://..."); fails with its output if it stops. */
  private static URI servedUrl(Process process) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      lines.add(line);
      if (line.trim().startsWith("Open")) {
        return URI.create(line.trim().substring("Open".length()).trim());
      }
    }
    throw new AssertionError("the image's server stopped without serving: " + String.join("\n", lines));
  }

  private static long uidOf(ProcessHandle process) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("Uid:")) {
        return Long.parseLong(line.split("\\s+")[1]);
      }
    }
    throw new AssertionError("no Uid in /proc/" + process.pid() + "/status");
  }

  /**
   * Deletes an earlier run's root. Its {@code proc} and {@code dev} were mount points in a namespace that
   * ended with that run, so here they must be empty: they are removed without descending into them, so
   * that nothing outside the root could ever be deleted.
   */
  private static void deleteUnpacked(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    for (String mountPoint : List.of("proc", "dev")) {
      Files.deleteIfExists(root.resolve(mountPoint));
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
