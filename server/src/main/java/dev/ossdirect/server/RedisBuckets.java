package dev.ossdirect.server;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets kept in Redis (Bucket4j's Lettuce integration), so that every instance pointed at the same
 * Redis takes from one bucket per client.
 *
 * <p>Redis must never make tokens slow or unavailable: each call gives up after {@link #TIMEOUT}, and when
 * one fails, Redis is left alone for {@code retryAfter} and the caller told to use its own bucket. After that
 * pause one request tries Redis again (over a new connection: Lettuce's own reconnecting is off, so that
 * when Redis is tried again is decided here alone); the others keep using their own buckets until it
 * succeeds. Going away and coming back are logged once each, not per request.
 *
 * <p>A bucket's key is {@link #KEY_PREFIX} and the client's address, and it expires once the bucket would
 * have refilled, so that Redis keeps only the clients of the last minute or so.
 */
public final class RedisBuckets implements AutoCloseable {

  /** How long a Redis call, connecting included, may take before the limit falls back to this instance. */
  static final Duration TIMEOUT = Duration.ofMillis(250);
  /** What each bucket's key starts with. */
  static final String KEY_PREFIX = "ossdirect:rate:";

  private static final Logger LOG = LoggerFactory.getLogger(RedisBuckets.class);

  private final RedisClient client;
  private final String where;
  private final long retryAfterNanos;
  private final LongSupplier nanoTime;
  private final AtomicBoolean unavailable = new AtomicBoolean();
  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile long pausedUntilNanos;
  private StatefulRedisConnection<String, byte[]> connection;
  private ProxyManager<String> buckets;

  /**
   * Buckets in the Redis at {@code uri}, which is tried again {@code retryAfter} after a failure;
   * {@code nanoTime} tells when that is.
   */
  public RedisBuckets(RedisURI uri, Duration retryAfter, LongSupplier nanoTime) {
    this.client = RedisClient.create(uri);
    this.client.setOptions(ClientOptions.builder()
        .autoReconnect(false)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
        .build());
    // Where Redis is, for the log; never the URL, which may carry a password.
    this.where = uri.getHost() + ":" + uri.getPort();
    this.retryAfterNanos = retryAfter.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one token from {@code client}'s bucket of {@code configuration}; empty when Redis cannot be used
   * now, and the caller should decide with a bucket of its own.
   */
  public Optional<ConsumptionProbe> tryConsume(String client, BucketConfiguration configuration) {
    boolean probe = false;
    if (unavailable.get()) {
      if (nanoTime.getAsLong() - pausedUntilNanos < 0 || !probing.compareAndSet(false, true)) {
        return Optional.empty();
      }
      probe = true;
    }
    try {
      ConsumptionProbe consumed = buckets().builder().build(KEY_PREFIX + client, () -> configuration)
          .tryConsumeAndReturnRemaining(1);
      if (unavailable.compareAndSet(true, false)) {
        LOG.info("event=rate-limit-redis-restored redis={} limit=shared", where);
      }
      return Optional.of(consumed);
    } catch (RuntimeException e) {
      pausedUntilNanos = nanoTime.getAsLong() + retryAfterNanos;
      if (unavailable.compareAndSet(false, true)) {
        LOG.warn("event=rate-limit-redis-unavailable redis={} error=\"{}\" limit=per-instance retryAfterMs={}",
            where, describe(e), retryAfterNanos / 1_000_000);
      }
      disconnect();
      return Optional.empty();
    } finally {
      if (probe) {
        probing.set(false);
      }
    }
  }

  /** Whether the last call to Redis succeeded, so that the limit is shared (true before the first). */
  public boolean shared() {
    return !unavailable.get();
  }

  /** The buckets over the current connection, connecting first if there is none. */
  private synchronized ProxyManager<String> buckets() {
    if (buckets == null) {
      connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
      buckets = Bucket4jLettuce.casBasedBuilder(connection)
          .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
          .requestTimeout(TIMEOUT)
          .build();
    }
    return buckets;
  }

  /** Drops the connection, so that the next try starts a new one. */
  private synchronized void disconnect() {
    // Lettuce warns about closing a connection that is closed already: the line would repeat per failure.
    if (connection != null && connection.isOpen()) {
      connection.closeAsync();
    }
    connection = null;
    buckets = null;
  }

  /** The failure's innermost cause, for the log: Lettuce's messages name hosts and timeouts, not passwords. */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().replace('"', '\''));
  }

  /** Closes the connection, if any, with the client: closing it first as well would be warned about. */
  @Override
  public synchronized void close() {
    connection = null;
    buckets = null;
    client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
  }
}
