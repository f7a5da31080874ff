package dev.ossdirect.server.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An image's entrypoint run as a container runtime would run it, without one: in the image's unpacked root
 * file system (chroot), as the image's user, in its working folder, with exactly the image's environment
 * plus the test's, and with {@code /proc} and {@code /dev} mounted in a mount namespace of its own, so that
 * the mounts vanish with the process and the host's never change. It shares the host's network, so the
 * test reaches it on loopback. Needs root and util-linux's {@code unshare}.
 */
final class UnpackedImageProcess implements AutoCloseable {

  static final Path UNSHARE = Path.of("/usr/bin/unshare");

  private final Process process;

  private UnpackedImageProcess(Process process) {
    this.process = process;
  }

  /** Whether this machine can run one: util-linux's unshare, and root to chroot and mount. */
  static boolean isPossible() {
    return Files.isExecutable(UNSHARE) && "root".equals(System.getProperty("user.name"));
  }

  /** Starts {@code config}'s entrypoint in {@code root}, with {@code env} over the image's environment. */
  static UnpackedImageProcess start(Path root, JsonNode config, Map<String, String> env) throws IOException {
    Files.createDirectories(root.resolve("proc"));
    Files.createDirectories(root.resolve("dev"));
    String[] user = config.get("User").asText().split(":");
    List<String> command = new ArrayList<>(List.of(
        UNSHARE.toString(), "--mount", "--propagation", "private", "--fork", "--kill-child",
        "/bin/sh", "-c",
        "/bin/mount -t proc proc \"$0/proc\" && /bin/mount --rbind /dev \"$0/dev\" && exec \"$@\"",
        root.toString(),
        UNSHARE.toString(), "--root=" + root, "--wd=" + config.get("WorkingDir").asText(),
        "--setgid=" + user[1], "--setuid=" + user[0]));
    config.get("Entrypoint").forEach(argument -> command.add(argument.asText()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    config.get("Env").forEach(variable -> {
      String[] nameAndValue = variable.asText().split("=", 2);
      builder.environment().put(nameAndValue[0], nameAndValue[1]);
    });
    builder.environment().putAll(env);
    return new UnpackedImageProcess(builder.start());
  }

  /** The process started by {@link #start} (the namespace's keeper), whose output is the entrypoint's. */
  Process process() {
    return process;
  }

  /** The entrypoint's own process, once it runs: the one leaf below the namespace's keeper. */
  ProcessHandle entrypoint() {
    return process.descendants().filter(handle -> handle.children().findAny().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError("the entrypoint is not running"));
  }

  /**
   * Sends SIGTERM to the entrypoint, as a runtime stopping the container does, and waits for the namespace
   * to end; whatever is left after {@code seconds} is killed. Returns whether it stopped by itself.
   */
  boolean stop(long seconds) throws InterruptedException {
    process.descendants().filter(handle -> handle.children().findAny().isEmpty()).forEach(ProcessHandle::destroy);
    boolean stopped = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!stopped) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    return stopped;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop(30);
    }
  }
}
