package dev.ossdirect.localcloud.auth;

import dev.ossdirect.signing.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the signature nonces seen within the replay window, so that a signed request cannot be sent
 * twice. A nonce may be used again once the window has passed (by then its timestamp is too old anyway).
 *
 * <p>Memory is bounded twice, and a nonce over a bound is refused rather than an older one forgotten
 * early (which would open a replay):
 *
 * <ul>
 *   <li>each access key may hold at most {@code budgetPerAccessKey} live nonces, so that one caller
 *       flooding the registry throttles itself ({@link Result#OVER_BUDGET}) and not the others;
 *   <li>all callers together hold at most {@code capacity} ({@link Result#OVERLOADED}).
 * </ul>
 *
 * <p>Callers register a nonce only for a request that is authenticated and authorised, so that refused
 * requests use up no room; the gateway also bounds the length of a nonce, which this class does not know.
 */
public final class NonceRegistry {

  private final Clock clock;
  private final long windowMillis;
  private final int capacity;
  private final int budgetPerAccessKey;
  /** Each live nonce to the time it was first seen, oldest first. */
  private final LinkedHashMap<ScopedNonce, Long> seen = new LinkedHashMap<>();
  /** How many live nonces each access key holds; keys that hold none are left out. */
  private final Map<String, Integer> heldPerAccessKey = new HashMap<>();

  public NonceRegistry(Clock clock, long windowMillis, int capacity, int budgetPerAccessKey) {
    if (capacity < 1 || budgetPerAccessKey < 1) {
      throw new IllegalArgumentException("the capacity and the budget per access key must be positive");
    }
    this.clock = clock;
    this.windowMillis = windowMillis;
    this.capacity = capacity;
    this.budgetPerAccessKey = budgetPerAccessKey;
  }

  /** The outcome of presenting a nonce. */
  public enum Result {
    /** First use within the window: accepted, and remembered. */
    FRESH,
    /** Seen within the window: a replay. */
    REPLAYED,
    /** The access key already holds as many live nonces as it may. */
    OVER_BUDGET,
    /** All callers together hold as many live nonces as the registry may. */
    OVERLOADED
  }

  /** Records {@code nonce} for {@code accessKeyId} and tells whether it is fresh. */
  public synchronized Result use(String accessKeyId, String nonce) {
    long now = clock.currentTimeMillis();
    forgetExpired(now);
    ScopedNonce scoped = new ScopedNonce(accessKeyId, nonce);
    if (seen.containsKey(scoped)) {
      return Result.REPLAYED;
    }
    int held = heldPerAccessKey.getOrDefault(accessKeyId, 0);
    if (held >= budgetPerAccessKey) {
      return Result.OVER_BUDGET;
    }
    if (seen.size() >= capacity) {
      return Result.OVERLOADED;
    }
    seen.put(scoped, now);
    heldPerAccessKey.put(accessKeyId, held + 1);
    return Result.FRESH;
  }

  /** How many nonces are remembered now, expired ones left out. */
  public synchronized int size() {
    forgetExpired(clock.currentTimeMillis());
    return seen.size();
  }

  private void forgetExpired(long now) {
    for (Iterator<Map.Entry<ScopedNonce, Long>> entries = seen.entrySet().iterator(); entries.hasNext(); ) {
      Map.Entry<ScopedNonce, Long> entry = entries.next();
      if (now - entry.getValue() < windowMillis) {
        return;
      }
      entries.remove();
      heldPerAccessKey.computeIfPresent(entry.getKey().accessKeyId(), (key, held) -> held > 1 ? held - 1 : null);
    }
  }

  /** A nonce as seen from one access key: two keys may use the same nonce. */
  private record ScopedNonce(String accessKeyId, String nonce) {}
}
