package dev.ossdirect.localcloud.oss;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers the local OSS loses on purpose, for testing clients that must survive a lost response: the
 * request runs to its end (the object stored, the multipart upload completed), then its connection is
 * closed without an answer, as when a network drops a response on its way back.
 */
public final class LostAnswers {

  private final Map<String, Integer> pending = new ConcurrentHashMap<>();

  /**
   * Loses the answer to the next request of {@code operation}, by its API name (e.g.
   * {@code CompleteMultipartUpload}); called {@code n} times, the next {@code n}.
   */
  public void loseNext(String operation) {
    pending.merge(operation, 1, Integer::sum);
  }

  /** How many answers to {@code operation} are still to be lost. */
  public int pending(String operation) {
    return pending.getOrDefault(operation, 0);
  }

  /** Whether the answer to this request of {@code operation} is to be lost; counts it as lost if so. */
  boolean take(String operation) {
    boolean[] taken = {false};
    pending.computeIfPresent(operation, (name, count) -> {
      taken[0] = true;
      return count > 1 ? count - 1 : null;
    });
    return taken[0];
  }
}
