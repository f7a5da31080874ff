package dev.ossdirect.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.BooleanSupplier;

/**
 * What the server counts for its operators (Micrometer, exposed for Prometheus by {@link MetricsEndpoint}):
 * tokens handed to browsers, requests refused by the rate limit, every AssumeRole's duration and the
 * codes of the failed ones, and the answers of the upload endpoints. The token cache's hits and misses
 * are counted by {@link TokenCache} in the same registry.
 *
 * <p>Labels only ever hold values from small fixed sets (a purpose, STS's error code, an action, an HTTP
 * status): never a session, a client address, a key or a token, which would both leak and let the
 * number of series grow without bound.
 */
public final class ServerMetrics {

  /** One AssumeRole, as {@link StsTokenIssuer} makes it. */
  @FunctionalInterface
  public interface AssumeRole {
    IssuedToken call() throws StsFailure;
  }

  /** Tokens for browsers, which the token endpoint asks for. */
  public static final String BROWSER = "browser";
  /** The server's own token, which signs uploads. */
  public static final String SIGNING = "signing";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter tokensIssued = Counter.builder("ossdirect.tokens.issued")
      .description("Token responses given to browsers, from the cache or new")
      .register(registry);
  private final Counter rateLimited = Counter.builder("ossdirect.rate.limit.refused")
      .description("Token requests refused with 429 by the per-client rate limit")
      .register(registry);

  public ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The registry, for meters that their owners register themselves. */
  public MeterRegistry registry() {
    return registry;
  }

  /** The meters in Prometheus's text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** Counts one token response given to a browser. */
  public void tokenIssued() {
    tokensIssued.increment();
  }

  /** Counts one token request refused by the rate limit. */
  public void rateLimited() {
    rateLimited.increment();
  }

  /**
   * Makes {@code call}, an AssumeRole for {@code purpose} ({@link #BROWSER} or {@link #SIGNING}), timing it
   * and counting its failure by STS's error code.
   */
  public IssuedToken assumeRole(String purpose, AssumeRole call) throws StsFailure {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "failure";
    try {
      IssuedToken token = call.call();
      outcome = "success";
      return token;
    } catch (StsFailure failure) {
      Counter.builder("ossdirect.sts.assume.role.failures")
          .description("AssumeRole calls that failed, by STS's error code (StsUnreachable: no answer)")
          .tag("purpose", purpose)
          .tag("code", failure.code())
          .register(registry)
          .increment();
      throw failure;
    } finally {
      sample.stop(Timer.builder("ossdirect.sts.assume.role")
          .description("How long AssumeRole took, answered or failed")
          .tag("purpose", purpose)
          .tag("outcome", outcome)
          .register(registry));
    }
  }

  /**
   * Shows whether the rate limit is kept in Redis now (1) or per instance because Redis failed (0), as
   * {@code sharedNow} tells.
   */
  public void watchRedis(BooleanSupplier sharedNow) {
    Gauge.builder("ossdirect.rate.limit.redis.shared", sharedNow, shared -> shared.getAsBoolean() ? 1 : 0)
        .description("1 while the rate limit is kept in Redis, 0 while each instance limits on its own")
        // Gauges hold their object weakly by default; nothing else holds this supplier.
        .strongReference(true)
        .register(registry);
  }

  /** Counts one answer of the upload endpoints: {@code action} is the endpoint, {@code status} its status. */
  public void uploadAnswered(String action, int status) {
    Counter.builder("ossdirect.upload.requests")
        .description("Answers of the upload endpoints, by endpoint and HTTP status")
        .tag("action", action)
        .tag("status", Integer.toString(status))
        .register(registry)
        .increment();
  }
}
