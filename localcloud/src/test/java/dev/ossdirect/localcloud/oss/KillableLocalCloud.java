package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local cloud in a JVM of its own, for crash tests to kill and memory tests to measure:
 * {@code java KillableLocalCloud <data dir>} prints {@code OSS_PORT=<port> IMM_PORT=<port>} once it
 * serves, then serves until it is killed. Its RAM user has a fixed AccessKey pair and may do anything on
 * OSS and IMM, so tests can sign requests without STS.
 */
public final class KillableLocalCloud {

  public static final String ACCESS_KEY_ID = "test-killable-cloud-key";
  public static final String ACCESS_KEY_SECRET = "killable-cloud-secret";

  private static final Pattern PORTS = Pattern.compile("OSS_PORT=(\\d+) IMM_PORT=(\\d+)");
  private static final long START_TIMEOUT_NANOS = 60_000_000_000L;

  private KillableLocalCloud() {}

  public static void main(String[] args) throws InterruptedException {
    LocalCloud cloud = LocalCloud.start(config(Path.of(args[0])));
    System.out.println(
        "OSS_PORT=" + cloud.ossEndpoint().getPort() + " IMM_PORT=" + cloud.immEndpoint().getPort());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** The configuration of the killable cloud, and of the cloud that restarts on its data folder. */
  public static LocalCloudConfig config(Path dataDir) {
    return new LocalCloudConfig()
        .ports(0, 0, 0)
        .dataDir(dataDir)
        .accessKey(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
        .userPolicies(List.of(OssTestCloud.allow("sts:AssumeRole", "*"),
            OssTestCloud.allow("oss:*", "acs:oss:*:*:*"), OssTestCloud.allow("imm:*", "acs:imm:*:*:*")));
  }

  /**
   * Starts the killable cloud in a new JVM, with this JVM's class path, on {@code dataDir}, its output going
   * to {@code logFile}, and waits until it serves.
   */
  public static Child launch(Path dataDir, Path logFile) throws Exception {
    return launch(dataDir, logFile, List.of());
  }

  /** As {@link #launch(Path, Path)}, with {@code jvmOptions} (such as {@code -Xmx256m}) for the new JVM. */
  public static Child launch(Path dataDir, Path logFile, List<String> jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), KillableLocalCloud.class.getName(),
        dataDir.toString()));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .start();
    long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher ports = PORTS.matcher(Files.readString(logFile));
      if (ports.find()) {
        return new Child(process, Integer.parseInt(ports.group(1)), Integer.parseInt(ports.group(2)));
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("The killable cloud did not start:\n" + Files.readString(logFile));
  }

  /** A running killable cloud: its process and the ports of its OSS and IMM. */
  public record Child(Process process, int ossPort, int immPort) {

    /** Kills the process with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
