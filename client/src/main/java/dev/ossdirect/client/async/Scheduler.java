package dev.ossdirect.client.async;

/**
 * Runs tasks later. The browser's is {@code setTimeout}; tests inject one whose time they move by hand,
 * so that backoff delays and credential refreshes are checked without waiting.
 */
@FunctionalInterface
public interface Scheduler {

  /** Runs {@code task} after {@code delayMillis}, unless the returned handle is cancelled first. */
  Cancellable schedule(long delayMillis, Runnable task);
}
