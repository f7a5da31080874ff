package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.signing.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the local cloud (SIGKILL, in a JVM of its own) while a body is streaming in, restarts it on the
 * same data folder, and checks that nothing half-written became visible and that no temporary file is
 * left.
 */
class CrashTest {

  private static final int MIB = 1024 * 1024;
  private static final Pattern PORT = Pattern.compile("OSS_PORT=(\\d+)");

  @TempDir Path dataDir;
  @TempDir Path logDir;
  private Process child;

  @AfterEach
  void killChild() throws InterruptedException {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  @Test
  void aPutObjectKilledMidwayLeavesNothingBehind() throws Exception {
    SignedRequests signed = signedRequests(startChild());
    String key = "uploads/interrupted.bin";
    try (Socket socket = signed.startPut(BUCKET, key, Map.of(), 256L * MIB)) {
      sendSome(socket.getOutputStream(), 16);
      killChildOnceTheBodyIsOnDisk();
    }
    assertFalse(temporaryFiles().isEmpty(), "the kill should have left a temporary file");

    try (LocalCloud restarted = LocalCloud.start(KillableLocalCloud.config(dataDir))) {
      assertTrue(restarted.objectStore().open(BUCKET, key).isEmpty());
      assertEquals(List.of(), temporaryFiles());
      assertEquals(List.of(), files(new StorageLayout(dataDir).objectsDir(BUCKET)));
    }
  }

  @Test
  void aMultipartUploadKilledInAPartKeepsOnlyItsCompletedParts() throws Exception {
    SignedRequests signed = signedRequests(startChild());
    String key = "uploads/interrupted-in-parts.bin";
    RawHttp.Response initiated = signed.send("POST", BUCKET, key, Map.of("uploads", ""), new byte[0]);
    Matcher uploadIdMatch = Pattern.compile("<UploadId>([0-9A-F]+)</UploadId>").matcher(initiated.text());
    assertTrue(uploadIdMatch.find(), initiated.text());
    String uploadId = uploadIdMatch.group(1);
    byte[] firstPart = OssBytes.random(200 * 1024, 21);
    Map<String, String> firstPartQuery = Map.of("partNumber", "1", "uploadId", uploadId);
    assertEquals(200, signed.send("PUT", BUCKET, key, firstPartQuery, firstPart).status());
    Map<String, String> secondPartQuery = Map.of("partNumber", "2", "uploadId", uploadId);
    try (Socket socket = signed.startPut(BUCKET, key, secondPartQuery, 64L * MIB)) {
      sendSome(socket.getOutputStream(), 8);
      killChildOnceTheBodyIsOnDisk();
    }

    try (LocalCloud restarted = LocalCloud.start(KillableLocalCloud.config(dataDir))) {
      assertEquals(List.of(), temporaryFiles());
      assertTrue(restarted.objectStore().open(BUCKET, key).isEmpty());
      SignedRequests again = signedRequests(restarted.ossEndpoint().getPort());
      RawHttp.Response parts = again.send("GET", BUCKET, key, Map.of("uploadId", uploadId), new byte[0]);
      assertEquals(1, parts.text().split("<Part>", -1).length - 1, parts.text());
      assertTrue(parts.text().contains("<PartNumber>1</PartNumber>"), parts.text());

      String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\""
          + OssBytes.etag(firstPart) + "\"</ETag></Part></CompleteMultipartUpload>";
      RawHttp.Response completed = again.send("POST", BUCKET, key, Map.of("uploadId", uploadId),
          complete.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, completed.status(), completed.text());
      try (StoredObject object = restarted.objectStore().open(BUCKET, key).orElseThrow()) {
        assertEquals(firstPart.length, object.metadata().size());
      }
    }
  }

  /** Starts the killable cloud in a new JVM on {@link #dataDir} and returns its OSS port. */
  private int startChild() throws Exception {
    Path output = logDir.resolve("killable-cloud.log");
    child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            KillableLocalCloud.class.getName(),
            dataDir.toString())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && child.isAlive()) {
      Matcher port = PORT.matcher(Files.readString(output));
      if (port.find()) {
        return Integer.parseInt(port.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The killable cloud did not start:\n" + Files.readString(output));
  }

  private static SignedRequests signedRequests(int port) {
    return new SignedRequests(port, "cn-hangzhou",
        Credentials.of(KillableLocalCloud.ACCESS_KEY_ID, KillableLocalCloud.ACCESS_KEY_SECRET),
        System::currentTimeMillis);
  }

  private static void sendSome(OutputStream body, int mebibytes) throws IOException {
    byte[] chunk = OssBytes.random(MIB, mebibytes);
    for (int i = 0; i < mebibytes; i++) {
      body.write(chunk);
    }
    body.flush();
  }

  /** Waits until a temporary file holds a mebibyte of the body, then kills the cloud with SIGKILL. */
  private void killChildOnceTheBodyIsOnDisk() throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline && temporaryFiles().stream().noneMatch(file -> size(file) >= MIB)) {
      Thread.sleep(20);
    }
    child.destroyForcibly();
    child.waitFor();
  }

  private List<Path> temporaryFiles() throws IOException {
    Path tempDir = new StorageLayout(dataDir).tempDir();
    try (Stream<Path> paths = Files.walk(dataDir)) {
      return paths.filter(path -> path.startsWith(tempDir) || path.toString().endsWith(".tmp"))
          .filter(Files::isRegularFile)
          .collect(Collectors.toList());
    }
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> paths = Files.list(directory)) {
      return paths.collect(Collectors.toList());
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
