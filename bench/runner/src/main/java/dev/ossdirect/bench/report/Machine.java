package dev.ossdirect.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the report says about the machine a run was on, read from the machine itself. */
public final class Machine {

  private Machine() {}

  /** The CPU model, as {@code /proc/cpuinfo} names it. */
  public static String cpuModel() {
    for (String line : lines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "unknown CPU";
  }

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Total memory in GiB, from {@code /proc/meminfo}. */
  public static String memory() {
    for (String line : lines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return Figures.decimal(kib / 1024.0 / 1024.0, 1) + " GiB";
      }
    }
    return "unknown memory";
  }

  /** The operating system's pretty name, from {@code /etc/os-release}. */
  public static String operatingSystem() {
    for (String line : lines(Path.of("/etc/os-release"))) {
      if (line.startsWith("PRETTY_NAME=")) {
        return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", Linux " + System.getProperty("os.version");
      }
    }
    return System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  public static String jdk() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }

  /** The 1, 5 and 15 minute load averages, from {@code /proc/loadavg}. */
  public static String loadAverage() {
    List<String> lines = lines(Path.of("/proc/loadavg"));
    if (lines.isEmpty()) {
      return "unknown";
    }
    String[] fields = lines.get(0).split(" ");
    return fields[0] + ", " + fields[1] + ", " + fields[2];
  }

  /**
   * The last line {@code command} prints, such as a version (Debian's {@code chromium} wrapper may
   * print a shell warning first), or {@code "unavailable"}.
   */
  public static String lastLineOf(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes()).strip();
      process.waitFor();
      return output.isEmpty() ? "unavailable" : output.lines().reduce((first, second) -> second).orElseThrow();
    } catch (IOException e) {
      return "unavailable";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unavailable";
    }
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      return List.of();
    }
  }
}
