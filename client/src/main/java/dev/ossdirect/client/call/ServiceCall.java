package dev.ossdirect.client.call;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpDates;
import dev.ossdirect.client.http.HttpListener;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.retry.RetryBudget;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.session.SessionCredentials;
import java.util.function.LongConsumer;

/**
 * One signed request to a cloud service, carried through the failures that need not be final. Each
 * attempt is signed anew, so it carries the current credential and time.
 *
 * <ul>
 *   <li>No response, 429 or 5xx: sent again after a backoff ({@link RetryBudget}).
 *   <li>The credential refused ({@code InvalidAccessKeyId}, {@code SecurityTokenExpired},
 *       {@code InvalidSecurityToken}): sent once more with a renewed one ({@link
 *       SessionCredentials#afterRejection}).
 *   <li>The date refused ({@code RequestTimeTooSkewed}): the {@link SigningClock} is set to the service's
 *       time, from the response's {@code Date} header if CORS exposes it, else from the error body, and
 *       the request is sent once more.
 * </ul>
 *
 * <p>Anything else ends the call with the dialect's explanation.
 */
public final class ServiceCall implements Cancellable {

  /** Builds and signs the request of one attempt with {@code session}'s credential. */
  @FunctionalInterface
  public interface RequestFactory {
    HttpRequest build(SessionConfig session);
  }

  private final HttpClient http;
  private final SessionCredentials credentials;
  private final SigningClock clock;
  private final RetryPolicy retryPolicy;
  private final RetryBudget retries;
  private final ServiceDialect dialect;
  private final RequestFactory factory;
  private final LongConsumer uploadProgress;
  private final Callback<HttpResponse> callback;
  private final Callback<SessionConfig> sendWith = new Callback<SessionConfig>() {
    @Override
    public void onSuccess(SessionConfig session) {
      send(session);
    }

    @Override
    public void onFailure(Failure failure) {
      if (!finished) {
        finished = true;
        callback.onFailure(failure);
      }
    }
  };
  private final HttpListener listener = new HttpListener() {
    @Override
    public void onUploadProgress(long sentBytes) {
      if (!finished && uploadProgress != null) {
        uploadProgress.accept(sentBytes);
      }
    }

    @Override
    public void onResponse(HttpResponse response) {
      inFlight = null;
      if (!finished) {
        handle(response);
      }
    }
  };

  private SessionConfig session;
  private Cancellable inFlight;
  private boolean renewedCredentials;
  private boolean correctedClock;
  private boolean finished;

  ServiceCall(
      ServiceCalls calls,
      ServiceDialect dialect,
      RequestFactory factory,
      LongConsumer uploadProgress,
      Callback<HttpResponse> callback) {
    this.http = calls.http();
    this.credentials = calls.credentials();
    this.clock = calls.clock();
    this.retryPolicy = calls.retryPolicy();
    this.retries = new RetryBudget(calls.retryPolicy(), calls.scheduler(), calls.random());
    this.dialect = dialect;
    this.factory = factory;
    this.uploadProgress = uploadProgress;
    this.callback = callback;
  }

  /** Sends the first attempt, once a fresh credential is at hand. */
  public void start() {
    credentials.withFresh(sendWith);
  }

  /** Aborts the attempt in flight and any retry; the callback hears nothing more. */
  @Override
  public void cancel() {
    finished = true;
    retries.cancel();
    if (inFlight != null) {
      inFlight.cancel();
      inFlight = null;
    }
  }

  private void send(SessionConfig signWith) {
    if (finished) {
      return;
    }
    session = signWith;
    inFlight = http.send(factory.build(signWith), listener);
  }

  private void handle(HttpResponse response) {
    if (response.isSuccess()) {
      finished = true;
      callback.onSuccess(response);
      return;
    }
    ServiceError error = response.isReceived() ? dialect.parseError(response) : null;
    if (error != null && error.rejectsCredentials() && !renewedCredentials) {
      renewedCredentials = true;
      credentials.afterRejection(session, sendWith);
      return;
    }
    if (error != null && dialect.isClockSkew(error) && !correctedClock) {
      Double serverTime = HttpDates.parse(response.header("Date"));
      if (serverTime == null) {
        serverTime = error.serverTimeMillis();
      }
      if (serverTime != null) {
        correctedClock = true;
        clock.correctTo(serverTime.longValue());
        send(session);
        return;
      }
    }
    if (retryPolicy.isTransient(response) && retries.retry(this::start, retryPolicy.retryAfterMillis(response))) {
      return;
    }
    finished = true;
    callback.onFailure(dialect.describe(response, error));
  }
}
