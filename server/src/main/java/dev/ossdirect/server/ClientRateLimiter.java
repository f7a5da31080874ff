package dev.ossdirect.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A token bucket per client address (Bucket4j): {@code perMinute} requests a minute, refilled gradually,
 * with bursts up to the same number.
 *
 * <p>With {@link RedisBuckets}, every instance that shares the Redis takes from one bucket per client.
 * Without them, or while Redis cannot be reached, each instance keeps its own buckets: behind a load
 * balancer the limit then applies per instance, which only makes it looser, never open. Buckets of idle
 * clients are forgotten after ten minutes, and at most 100,000 are kept, so memory stays bounded.
 */
public final class ClientRateLimiter implements AutoCloseable {

  private final Bandwidth bandwidth;
  private final BucketConfiguration configuration;
  private final RedisBuckets shared;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  /** A limiter of {@code perMinute} requests per client in this instance alone; 0 means no limit. */
  public ClientRateLimiter(int perMinute) {
    this(perMinute, null);
  }

  /**
   * A limiter of {@code perMinute} requests per client (0 means no limit), kept in {@code shared} when they
   * are given and can be reached, and in this instance otherwise. The limiter closes them.
   */
  public ClientRateLimiter(int perMinute, RedisBuckets shared) {
    this.shared = shared;
    this.bandwidth = perMinute == 0 ? null
        : Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    this.configuration = perMinute == 0 ? null : BucketConfiguration.builder().addLimit(bandwidth).build();
  }

  /**
   * Takes one request from the bucket of the client {@code client} names. Empty when allowed; otherwise how
   * many seconds to wait before retrying (at least one). Without a limit {@code client} is never asked, so
   * that a server that does not limit does not work out client addresses on every request.
   */
  public OptionalLong tryAcquire(Supplier<String> client) {
    if (bandwidth == null) {
      return OptionalLong.empty();
    }
    return takeFrom(client.get());
  }

  private OptionalLong takeFrom(String client) {
    Optional<ConsumptionProbe> sharedProbe = shared == null ? Optional.empty() : shared.tryConsume(client, configuration);
    ConsumptionProbe probe = sharedProbe.orElseGet(() -> buckets
        .get(client, ignored -> Bucket.builder().addLimit(bandwidth).build())
        .tryConsumeAndReturnRemaining(1));
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
    return OptionalLong.of(Math.max(1, seconds));
  }

  @Override
  public void close() {
    if (shared != null) {
      shared.close();
    }
  }
}
