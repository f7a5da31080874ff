package dev.ossdirect.client.session;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpListener;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.retry.RetryBudget;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.signing.Clock;
import java.util.function.DoubleSupplier;

/**
 * Gets the session's token from the app's own server ({@code GET api/sts-token}, same origin, and
 * {@code GET api/sts-token?renew=1} for a new one after a refusal), retrying
 * when the server is briefly unreachable, overloaded (5xx) or rate-limiting (429, after its
 * {@code Retry-After}).
 */
public final class HttpTokenSource implements TokenSource {

  /** The endpoint, relative to the page, so that the app works at {@code /} and at {@code /imm}. */
  public static final String PATH = "api/sts-token";

  private static final int TIMEOUT_MILLIS = 20_000;

  private final HttpClient http;
  private final String url;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final Scheduler scheduler;
  private final DoubleSupplier random;

  public HttpTokenSource(
      HttpClient http,
      String url,
      Clock clock,
      RetryPolicy retryPolicy,
      Scheduler scheduler,
      DoubleSupplier random) {
    this.http = http;
    this.url = url;
    this.clock = clock;
    this.retryPolicy = retryPolicy;
    this.scheduler = scheduler;
    this.random = random;
  }

  @Override
  public void fetch(Callback<SessionConfig> callback) {
    new Fetch(url, callback).attempt();
  }

  @Override
  public void renew(Callback<SessionConfig> callback) {
    new Fetch(url + "?renew=1", callback).attempt();
  }

  /** One fetch, with its retries. */
  private final class Fetch implements HttpListener {
    private final String fetchUrl;
    private final Callback<SessionConfig> callback;
    private final RetryBudget retries = new RetryBudget(retryPolicy, scheduler, random);

    Fetch(String fetchUrl, Callback<SessionConfig> callback) {
      this.fetchUrl = fetchUrl;
      this.callback = callback;
    }

    void attempt() {
      http.send(HttpRequest.builder("GET", fetchUrl).timeoutMillis(TIMEOUT_MILLIS).build(), this);
    }

    @Override
    public void onUploadProgress(long sentBytes) {}

    @Override
    public void onResponse(HttpResponse response) {
      if (response.isSuccess()) {
        SessionConfig config;
        try {
          config = SessionConfig.fromJson(response.body(), clock.currentTimeMillis(), response.header("Date"));
        } catch (IllegalArgumentException e) {
          callback.onFailure(Failure.of("The server's answer with the upload permission could not be read: "
              + e.getMessage()));
          return;
        }
        callback.onSuccess(config);
        return;
      }
      if (retryPolicy.isTransient(response) && retries.retry(this::attempt, retryPolicy.retryAfterMillis(response))) {
        return;
      }
      callback.onFailure(describe(response));
    }
  }

  private static Failure describe(HttpResponse response) {
    if (!response.isReceived()) {
      return Failure.of("The app's server could not be reached to get permission to upload.")
          .withHint("Check the network connection, then reload the page.");
    }
    ServiceError error = ServiceError.fromJson(response.body());
    if (response.status() == 429) {
      return Failure.of("The server is getting too many requests for upload permission from this "
          + "address; wait a minute and try again.", error);
    }
    return Failure.of("The server could not give permission to upload (HTTP " + response.status() + ").", error);
  }
}
