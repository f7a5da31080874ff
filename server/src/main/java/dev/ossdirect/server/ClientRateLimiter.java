package dev.ossdirect.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client address (Bucket4j): {@code perMinute} requests a minute, refilled gradually,
 * with bursts up to the same number. Buckets of idle clients are forgotten after ten minutes, and at most
 * 100,000 are kept, so memory stays bounded. Per instance: behind a load balancer the limit applies per
 * instance, which only makes it looser, never wrong.
 */
public final class ClientRateLimiter {

  private final int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  /** A limiter of {@code perMinute} requests per client; 0 means no limit. */
  public ClientRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /**
   * Takes one request from {@code client}'s bucket. Empty when allowed; otherwise how many seconds to wait
   * before retrying (at least one).
   */
  public OptionalLong tryAcquire(String client) {
    if (perMinute == 0) {
      return OptionalLong.empty();
    }
    Bucket bucket = buckets.get(client, ignored -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
    return OptionalLong.of(Math.max(1, seconds));
  }
}
