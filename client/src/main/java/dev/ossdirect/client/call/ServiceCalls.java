package dev.ossdirect.client.call;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionCredentials;
import java.util.function.DoubleSupplier;
import java.util.function.LongConsumer;

/**
 * Makes {@link ServiceCall}s, holding what all of them share: the HTTP client, the session's
 * credentials, the signing clock, the retry policy, the timer and the jitter's randomness.
 */
public final class ServiceCalls {

  /** A clock this close to the server's is left alone: the services accept 15 minutes either way. */
  static final long TRUSTED_SKEW_MILLIS = 5 * 60 * 1000L;

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

  /**
   * Takes the time of the app's server, {@code serverTimeMillis}, read from an answer that just arrived: if
   * the signing clock is more than {@link #TRUSTED_SKEW_MILLIS} from it, the clock is set to it. In the
   * server-signed flow the page signs no OSS request, so OSS never gets to say that the computer's clock
   * is wrong; the server's clock, which signs the uploads, is the cloud's time, and the page's IMM calls
   * are signed by it.
   */
  public void serverTime(long serverTimeMillis) {
    if (Math.abs((double) (serverTimeMillis - clock.currentTimeMillis())) > TRUSTED_SKEW_MILLIS) {
      clock.correctTo(serverTimeMillis);
    }
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
