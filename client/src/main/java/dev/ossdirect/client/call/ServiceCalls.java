package dev.ossdirect.client.call;

import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.session.SessionCredentials;
import java.util.function.DoubleSupplier;
import java.util.function.LongConsumer;

/**
 * Makes {@link ServiceCall}s, holding what all of them share: the HTTP client, the session's
 * credentials, the signing clock, the retry policy, the timer and the jitter's randomness.
 */
public final class ServiceCalls {

  private final HttpClient http;
  private final SessionCredentials credentials;
  private final SigningClock clock;
  private final RetryPolicy retryPolicy;
  private final Scheduler scheduler;
  private final DoubleSupplier random;

  public ServiceCalls(
      HttpClient http,
      SessionCredentials credentials,
      SigningClock clock,
      RetryPolicy retryPolicy,
      Scheduler scheduler,
      DoubleSupplier random) {
    this.http = http;
    this.credentials = credentials;
    this.clock = clock;
    this.retryPolicy = retryPolicy;
    this.scheduler = scheduler;
    this.random = random;
  }

  /**
   * A call, not yet started, of requests from {@code factory} to a service speaking {@code dialect}.
   * {@code uploadProgress} (may be {@code null}) hears how much of each attempt's body has gone out.
   */
  public ServiceCall create(
      ServiceDialect dialect,
      ServiceCall.RequestFactory factory,
      LongConsumer uploadProgress,
      Callback<HttpResponse> callback) {
    return new ServiceCall(this, dialect, factory, uploadProgress, callback);
  }

  HttpClient http() {
    return http;
  }

  SessionCredentials credentials() {
    return credentials;
  }

  /** The clock every request is signed with. */
  SigningClock clock() {
    return clock;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  DoubleSupplier random() {
    return random;
  }
}
