package dev.ossdirect.localcloud.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage of handling one request took, for the request log and for the response's
 * {@code Server-Timing} header, where a browser's developer tools and the benchmarks read it.
 */
public final class StageTimings {

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long stageStart = System.nanoTime();

  /** Ends the current stage under {@code name} and starts the next one. */
  public void lap(String name) {
    long now = System.nanoTime();
    nanos.merge(name, now - stageStart, Long::sum);
    stageStart = now;
  }

  /** Each stage's duration in milliseconds, in the order they ended. */
  public Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((name, value) -> out.put(name, value / 1_000_000.0));
    return out;
  }

  /**
   * The stages as a {@code Server-Timing} header value (W3C Server Timing), e.g.
   * {@code authenticate;dur=0.412, read;dur=0.090}; durations in milliseconds.
   */
  public String serverTiming() {
    StringBuilder out = new StringBuilder();
    millis().forEach((name, ms) -> out.append(out.length() == 0 ? "" : ", ")
        .append(name).append(";dur=").append(String.format(java.util.Locale.ROOT, "%.3f", ms)));
    return out.toString();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    millis().forEach((name, ms) -> out.append(out.length() == 0 ? "" : " ")
        .append(name).append('=').append(String.format(java.util.Locale.ROOT, "%.1fms", ms)));
    return out.toString();
  }
}
