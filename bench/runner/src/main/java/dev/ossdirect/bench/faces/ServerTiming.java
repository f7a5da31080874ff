package dev.ossdirect.bench.faces;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code Server-Timing} header value: {@code name;dur=1.234, name;dur=5.678}. */
final class ServerTiming {

  private ServerTiming() {}

  /** Each metric's duration in milliseconds, in header order; metrics without a duration are left out. */
  static Map<String, Double> parse(String header) {
    Map<String, Double> durations = new LinkedHashMap<>();
    for (String metric : header.split(",")) {
      String[] parts = metric.strip().split(";");
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.startsWith("dur=")) {
          durations.put(parts[0].strip(), Double.parseDouble(parameter.substring("dur=".length())));
        }
      }
    }
    return durations;
  }
}
