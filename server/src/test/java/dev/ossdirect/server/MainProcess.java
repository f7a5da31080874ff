package dev.ossdirect.server;

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

/** A program's command as an operator runs it, in a child JVM on this test's class path. */
public final class MainProcess {

  private MainProcess() {}

  /**
   * {@code main} in a child JVM whose environment, system properties and home folder the test controls,
   * so that Alibaba's default credential chain finds only what {@code env} gives it: no
   * {@code ALIBABA_CLOUD_*} variable but those, no {@code alibabacloud.*} property, an empty {@code home}
   * (no {@code ~/.alibabacloud/credentials.ini}, no {@code ~/.aliyun/config.json}), and the ECS metadata
   * service off, so that nothing is asked beyond loopback.
   */
  public static ProcessBuilder command(Class<?> main, Path home, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home,
        "-cp", System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("OSSDIRECT_") || name.startsWith("ALIBABA_CLOUD_")
        || name.startsWith("LOCALCLOUD_") || name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS")
        || name.equals("JDK_JAVA_OPTIONS"));
    builder.environment().put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    builder.environment().putAll(env);
    return builder;
  }

  /** What the server prints until it serves, the line with its URL last. */
  public static List<String> outputUntilServing(Process process) throws IOException {
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

  /** The URL the server printed last in {@code output}. */
  public static URI servedUrl(List<String> output) {
    String open = output.get(output.size() - 1).trim();
    return URI.create(open.substring("Open".length()).trim());
  }

  /** Whether nothing answers at {@code url} any more. */
  public static boolean isRefused(URI url) throws InterruptedException {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/healthz")).build(),
          HttpResponse.BodyHandlers.discarding());
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
