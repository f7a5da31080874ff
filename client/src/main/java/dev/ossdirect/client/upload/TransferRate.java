package dev.ossdirect.client.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent transfer speed, in bytes per second, over the last {@value #WINDOW_MILLIS} ms: long enough
 * to smooth the bursts of parallel parts, short enough to follow a change of network. The samples are a
 * plain list, short since it holds only the last few seconds: an {@code ArrayDeque} would add its
 * emulation to the browser's script.
 */
public final class TransferRate {

  static final long WINDOW_MILLIS = 4_000;

  private final List<long[]> samples = new ArrayList<>();

  /** At {@code nowMillis}, {@code totalBytes} had been sent in all. */
  public void record(long nowMillis, long totalBytes) {
    samples.add(new long[] {nowMillis, totalBytes});
    while (samples.size() > 2 && samples.get(0)[0] < nowMillis - WINDOW_MILLIS) {
      samples.remove(0);
    }
  }

  /** Bytes per second between the oldest recent sample and {@code nowMillis}; 0 when unknown. */
  public double bytesPerSecond(long nowMillis) {
    if (samples.size() < 2) {
      return 0;
    }
    long[] first = samples.get(0);
    long[] last = samples.get(samples.size() - 1);
    long elapsed = Math.max(nowMillis, last[0]) - first[0];
    if (elapsed <= 0 || first[0] < nowMillis - 2 * WINDOW_MILLIS) {
      return 0;
    }
    return (last[1] - first[1]) * 1000.0 / elapsed;
  }
}
