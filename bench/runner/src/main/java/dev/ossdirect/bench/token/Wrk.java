package dev.ossdirect.bench.token;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wrk} HTTP load generator from Debian, run as a separate process: installed with apt-get if
 * it is missing, and its report parsed.
 */
final class Wrk {

  private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in ([0-9.]+)(us|ms|s|m)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
  private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

  /** What one wrk run measured. Latencies in milliseconds. */
  record Result(long requests, double requestsPerSecond, double p50, double p99, long failures, String output) {}

  private Wrk() {}

  /** Makes sure {@code wrk} is installed, with apt-get (the lists updated first only if needed). */
  static void install() throws IOException, InterruptedException {
    if (run(List.of("sh", "-c", "command -v wrk")) == 0) {
      return;
    }
    if (run(List.of("apt-get", "install", "-y", "-q", "wrk")) != 0) {
      run(List.of("apt-get", "update", "-q"));
      if (run(List.of("apt-get", "install", "-y", "-q", "wrk")) != 0) {
        throw new IllegalStateException("could not install wrk with apt-get");
      }
    }
  }

  /** {@code wrk} against {@code url} with {@code connections} connections for {@code seconds}, sending {@code headers}. */
  static Result load(URI url, int threads, int connections, int seconds, List<String> headers, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "10s"));
    for (String header : headers) {
      command.add("-H");
      command.add(header);
    }
    command.add(url.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + output);
    }
    Files.writeString(log, String.join(" ", command) + "\n" + output);
    return parse(output);
  }

  static Result parse(String output) {
    Matcher rps = REQUESTS_PER_SECOND.matcher(output);
    Matcher requests = REQUESTS.matcher(output);
    if (!rps.find() || !requests.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + output);
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      double millis = toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3));
      if (percentile.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    long failures = 0;
    Matcher non2xx = NON_2XX.matcher(output);
    if (non2xx.find()) {
      failures += Long.parseLong(non2xx.group(1));
    }
    Matcher socketErrors = SOCKET_ERRORS.matcher(output);
    if (socketErrors.find()) {
      for (String field : socketErrors.group(1).split(",")) {
        failures += Long.parseLong(field.replaceAll("[^0-9]", ""));
      }
    }
    return new Result(Long.parseLong(requests.group(1)), Double.parseDouble(rps.group(1)), p50, p99, failures, output);
  }

  private static double toMillis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      default -> throw new IllegalArgumentException(unit);
    };
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start().waitFor();
  }
}
