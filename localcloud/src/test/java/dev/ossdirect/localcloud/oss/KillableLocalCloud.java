package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local cloud in a JVM of its own, for crash tests to kill: {@code java KillableLocalCloud <data dir>}
 * prints {@code OSS_PORT=<port>} once it serves, then serves until it is killed. Its RAM user has a fixed
 * AccessKey pair and may do anything on OSS, so tests can sign requests without STS.
 */
public final class KillableLocalCloud {

  public static final String ACCESS_KEY_ID = "test-killable-cloud-key";
  public static final String ACCESS_KEY_SECRET = "killable-cloud-secret";

  private static final Pattern PORT = Pattern.compile("OSS_PORT=(\\d+)");
  private static final long START_TIMEOUT_NANOS = 60_000_000_000L;

  private KillableLocalCloud() {}

  public static void main(String[] args) throws InterruptedException {
    LocalCloud cloud = LocalCloud.start(config(Path.of(args[0])));
    System.out.println("OSS_PORT=" + cloud.ossEndpoint().getPort());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** The configuration of the killable cloud, and of the cloud that restarts on its data folder. */
  public static LocalCloudConfig config(Path dataDir) {
    return new LocalCloudConfig()
        .ports(0, 0, 0)
        .dataDir(dataDir)
        .accessKey(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
        .userPolicies(List.of(
            OssTestCloud.allow("sts:AssumeRole", "*"), OssTestCloud.allow("oss:*", "acs:oss:*:*:*")));
  }

  /**
   * Starts the killable cloud in a new JVM, with this JVM's class path, on {@code dataDir}, its output going
   * to {@code logFile}, and waits until it serves.
   */
  public static Child launch(Path dataDir, Path logFile) throws Exception {
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            KillableLocalCloud.class.getName(),
            dataDir.toString())
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .start();
    long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher port = PORT.matcher(Files.readString(logFile));
      if (port.find()) {
        return new Child(process, Integer.parseInt(port.group(1)));
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("The killable cloud did not start:\n" + Files.readString(logFile));
  }

  /** A running killable cloud: its process and the port of its OSS. */
  public record Child(Process process, int ossPort) {

    /** Kills the process with SIGKILL, as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
