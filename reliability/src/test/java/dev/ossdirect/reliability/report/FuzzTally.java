package dev.ossdirect.reliability.report;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the executions of one fuzz target and how many of them ended as they must, then records them as a
 * row of the report, with how long the target ran. A fuzz test holds one in a static field, runs each input
 * through {@link #run}, and calls {@link #record} after all.
 */
public final class FuzzTally {

  private final Row row;
  private final AtomicLong executions = new AtomicLong();
  private final AtomicLong handled = new AtomicLong();
  private volatile long firstNanos;
  private volatile long lastNanos;

  public FuzzTally(Row row) {
    this.row = row;
  }

  /** One fuzz input's check. */
  @FunctionalInterface
  public interface Check {
    void run() throws Exception;
  }

  /** Runs {@code check} on one input, counting it, and as handled if nothing escaped it. */
  public void run(Check check) throws Exception {
    long now = System.nanoTime();
    if (executions.getAndIncrement() == 0) {
      firstNanos = now;
    }
    check.run();
    handled.incrementAndGet();
    lastNanos = System.nanoTime();
  }

  /** Records the counts in the {@link Ledger}, with the time the target ran. */
  public void record() {
    double seconds = (lastNanos - firstNanos) / 1e9;
    Ledger.record(Tally.of(row, executions.get(), handled.get(), Tally.NO_OBJECTS)
        .withNote(String.format(Locale.ROOT, "%.0f s of fuzzing", seconds)));
  }
}
