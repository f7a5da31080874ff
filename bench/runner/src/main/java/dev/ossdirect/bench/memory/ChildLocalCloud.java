package dev.ossdirect.bench.memory;

import dev.ossdirect.signing.Credentials;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local cloud's runnable jar started as a child JVM, as README.md shows it, on free ports; what it
 * prints on start (endpoints, the RAM user's key, the role) is read back from its output file.
 */
final class ChildLocalCloud implements AutoCloseable {

  private final Process process;
  private final Map<String, String> printed;

  private ChildLocalCloud(Process process, Map<String, String> printed) {
    this.process = process;
    this.printed = printed;
  }

  static ChildLocalCloud start(Path jar, Path dataDir, Path output) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(),
            "--sts-port=0", "--oss-port=0", "--imm-port=0", "--data-dir=" + dataDir))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Map<String, String> printed = parse(Files.readString(output));
      if (printed.containsKey("Role ARN")) {
        return new ChildLocalCloud(process, printed);
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the local cloud did not start; its output:\n" + Files.readString(output));
  }

  /**
   * The {@code name   value} lines of {@code LocalCloud.describe()}, by name. Names may hold a space
   * ({@code STS endpoint}) and are followed by two or more, except the one-word AccessKey names.
   */
  private static Map<String, String> parse(String output) {
    Map<String, String> fields = new HashMap<>();
    for (String line : output.lines().toList()) {
      String[] parts = line.strip().split(line.strip().startsWith("AccessKey") ? "\\s+" : "\\s{2,}", 2);
      if (parts.length == 2) {
        fields.putIfAbsent(parts[0], parts[1].strip());
      }
    }
    return fields;
  }

  long pid() {
    return process.pid();
  }

  URI stsEndpoint() {
    return URI.create(printed.get("STS endpoint"));
  }

  URI ossEndpoint() {
    return URI.create(printed.get("OSS endpoint"));
  }

  String bucket() {
    return printed.get("Bucket");
  }

  String roleArn() {
    return printed.get("Role ARN");
  }

  Credentials ramUserKey() {
    return Credentials.of(printed.get("AccessKeyId"), printed.get("AccessKeySecret"));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
