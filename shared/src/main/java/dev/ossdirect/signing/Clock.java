package dev.ossdirect.signing;

/** The current time, injected so that signing is deterministic in tests. */
@FunctionalInterface
public interface Clock {

  /** Milliseconds since 1970-01-01T00:00:00Z. */
  long currentTimeMillis();

  /** A clock that always answers {@code epochMillis}. */
  static Clock fixed(long epochMillis) {
    return () -> epochMillis;
  }
}
