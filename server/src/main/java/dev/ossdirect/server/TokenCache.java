package dev.ossdirect.server;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.ossdirect.signing.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Caches each browser session's token, so that a page reload does not call STS again, and concurrent
 * requests of one session share one AssumeRole. Each token is cached with the endpoint's answer for it
 * ({@link CachedTokenAnswer}), written once when it is issued, so that a hit only sends bytes.
 *
 * <p>A token is reused while more than half of its lifetime remains. The browser refreshes at half the
 * remaining lifetime, so its refresh always finds the cached token stale and gets a fresh one. A failed
 * AssumeRole is not cached. The cache is bounded and lives in this instance only: losing it costs one
 * AssumeRole per session, nothing else.
 */
public final class TokenCache {

  /**
   * Issues a token for a session, with the answer for it; the cache calls it at most once at a time per
   * session.
   */
  @FunctionalInterface
  public interface Issuer {
    CachedTokenAnswer issue(BrowserSession session) throws StsFailure;
  }

  private static final long MAX_SESSIONS = 100_000;

  private final AsyncCache<String, CachedTokenAnswer> tokens;
  private final Executor executor;

  /**
   * A cache that issues tokens on {@code executor} and tells their age by {@code clock}, the clock of the
   * STS that issues them. Its hits and misses are counted in {@code registry} as {@code cache.gets} of the
   * cache {@code tokens}.
   */
  public TokenCache(Executor executor, Clock clock, MeterRegistry registry) {
    this.executor = executor;
    this.tokens = CaffeineCacheMetrics.monitor(registry, Caffeine.newBuilder()
        .maximumSize(MAX_SESSIONS)
        .executor(executor)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.currentTimeMillis()))
        .expireAfter(new ReuseForHalfTheLifetime(clock))
        .recordStats()
        .<String, CachedTokenAnswer>buildAsync(), "tokens");
  }

  /** The session's cached token and its answer, or a new one from {@code issuer}. */
  public CachedTokenAnswer get(BrowserSession session, Issuer issuer) throws StsFailure {
    CompletableFuture<CachedTokenAnswer> token = tokens.get(session.id(), (id, ignored) ->
        CompletableFuture.supplyAsync(() -> {
          try {
            return issuer.issue(session);
          } catch (StsFailure e) {
            throw new CompletionException(e);
          }
        }, executor));
    try {
      return token.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StsFailure failure) {
        throw failure;
      }
      throw new IllegalStateException("Issuing a token failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StsFailure("Interrupted", "The request was interrupted.", null, e);
    }
  }

  /**
   * A new token for the session from {@code issuer}, cached in place of the one it had: for a browser whose
   * token a service refused although this cache still took it for fresh. Concurrent requests of the session
   * share the new AssumeRole, as with {@link #get}.
   */
  public CachedTokenAnswer renew(BrowserSession session, Issuer issuer) throws StsFailure {
    tokens.synchronous().invalidate(session.id());
    return get(session, issuer);
  }

  /** Forgets every cached token. */
  public void clear() {
    tokens.synchronous().invalidateAll();
  }

  private static final class ReuseForHalfTheLifetime implements Expiry<String, CachedTokenAnswer> {
    private final Clock clock;

    ReuseForHalfTheLifetime(Clock clock) {
      this.clock = clock;
    }

    @Override
    public long expireAfterCreate(String key, CachedTokenAnswer answer, long currentTime) {
      IssuedToken token = answer.token();
      long lifetime = token.expirationMillis() - token.issuedAtMillis();
      long reuseUntil = token.issuedAtMillis() + lifetime / 2;
      return TimeUnit.MILLISECONDS.toNanos(Math.max(0, reuseUntil - clock.currentTimeMillis()));
    }

    @Override
    public long expireAfterUpdate(String key, CachedTokenAnswer answer, long currentTime, long currentDuration) {
      return expireAfterCreate(key, answer, currentTime);
    }

    @Override
    public long expireAfterRead(String key, CachedTokenAnswer answer, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
