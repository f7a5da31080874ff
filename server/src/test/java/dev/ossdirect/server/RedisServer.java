package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real {@code redis-server} (Debian's) on a free loopback port, without persistence, that a test can
 * kill, start again on the same port, or freeze, and that may require a password. Without {@code redis-server} the tests are skipped on a
 * developer's machine, but fail in continuous integration (the environment variable {@code CI} set),
 * where a missing server is a broken setup, not a choice.
 */
final class RedisServer implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/redis-server");

  private final int port;
  private final String password;
  private Process process;

  private RedisServer(int port, String password) {
    this.port = port;
    this.password = password;
  }

  /** Starts a Redis on a free loopback port. */
  static RedisServer start() {
    return start(null);
  }

  /** Starts a Redis on a free loopback port that requires {@code password}, unless it is null. */
  static RedisServer start(String password) {
    boolean installed = Files.isExecutable(BINARY);
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "redis-server is not installed (" + BINARY + ")");
    } else {
      assertTrue(installed, "CI needs Redis: apt-get install redis-server");
    }
    RedisServer redis = new RedisServer(freePort(), password);
    redis.restart();
    return redis;
  }

  /** {@code redis://127.0.0.1:<port>}, without a password. */
  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** {@code redis://:<password>@127.0.0.1:<port>}. */
  String url(String withPassword) {
    return "redis://:" + withPassword + "@127.0.0.1:" + port;
  }

  /** Starts the server (again) on its port, empty, and waits until it answers PING. */
  void restart() {
    try {
      List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--port", Integer.toString(port),
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
      if (password != null) {
        command.addAll(List.of("--requirepass", password));
      }
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!answersPing()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new IllegalStateException("redis-server did not start on port " + port);
      }
      sleep(20);
    }
  }

  /** Kills the server outright (SIGKILL), as a crash would, and waits until it is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Freezes the server (SIGSTOP): connections are still accepted, but nothing is answered. */
  void freeze() {
    signal("STOP");
  }

  /** Lets a frozen server go on (SIGCONT). */
  void thaw() {
    signal("CONT");
  }

  /** The keys that match {@code pattern}, as {@code KEYS} gives them. */
  List<String> keys(String pattern) {
    return List.of(command("KEYS", pattern).split("\r\n")).stream()
        .filter(line -> !line.isEmpty() && !line.startsWith("*") && !line.startsWith("$") && !line.startsWith("+OK"))
        .toList();
  }

  /** The seconds {@code key} has left to live, as {@code TTL} gives them (-1: never expires). */
  long ttl(String key) {
    String answer = command("TTL", key).trim();
    return Long.parseLong(answer.substring(answer.lastIndexOf(':') + 1));
  }

  private boolean answersPing() {
    try {
      return command("PING").contains("+PONG");
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** Sends one command in RESP, after AUTH if the server requires a password, and returns the answers. */
  private String command(String... words) {
    StringBuilder request = new StringBuilder();
    if (password != null) {
      append(request, "AUTH", password);
    }
    append(request, words);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(StringBuilder request, String... words) {
    request.append('*').append(words.length).append("\r\n");
    for (String word : words) {
      request.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
    }
  }

  private void signal(String signal) {
    try {
      int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill -" + signal + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      thaw();
      kill();
    }
  }
}
