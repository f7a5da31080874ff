package dev.ossdirect.reliability.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Request latencies measured during a load test, and their percentiles. */
final class Latencies {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  void add(long latencyNanos) {
    nanos.add(latencyNanos);
  }

  int count() {
    return nanos.size();
  }

  /** The {@code percent} percentile, in milliseconds (nearest rank). */
  double percentileMillis(double percent) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
