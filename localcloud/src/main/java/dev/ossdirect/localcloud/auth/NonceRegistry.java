package dev.ossdirect.localcloud.auth;

import dev.ossdirect.signing.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the signature nonces seen within the replay window, so that a signed request cannot be sent
 * twice. A nonce may be used again once the window has passed (by then its timestamp is too old anyway).
 * Memory is bounded: past {@code capacity} live nonces, new requests are refused rather than old nonces
 * forgotten early.
 */
public final class NonceRegistry {

  private final Clock clock;
  private final long windowMillis;
  private final int capacity;
  /** Nonce (scoped by access key) to the time it was first seen, oldest first. */
  private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

  public NonceRegistry(Clock clock, long windowMillis, int capacity) {
    this.clock = clock;
    this.windowMillis = windowMillis;
    this.capacity = capacity;
  }

  /** The outcome of presenting a nonce. */
  public enum Result {
    /** First use within the window: accepted. */
    FRESH,
    /** Seen within the window: a replay. */
    REPLAYED,
    /** Too many live nonces to remember another. */
    OVERLOADED
  }

  /** Records {@code nonce} for {@code accessKeyId} and tells whether it is fresh. */
  public synchronized Result use(String accessKeyId, String nonce) {
    long now = clock.currentTimeMillis();
    forgetExpired(now);
    String scoped = accessKeyId + "\n" + nonce;
    Long firstSeen = seen.get(scoped);
    if (firstSeen != null) {
      return Result.REPLAYED;
    }
    if (seen.size() >= capacity) {
      return Result.OVERLOADED;
    }
    seen.put(scoped, now);
    return Result.FRESH;
  }

  private void forgetExpired(long now) {
    for (Iterator<Map.Entry<String, Long>> entries = seen.entrySet().iterator(); entries.hasNext(); ) {
      Map.Entry<String, Long> entry = entries.next();
      if (now - entry.getValue() < windowMillis) {
        return;
      }
      entries.remove();
    }
  }
}
