package dev.ossdirect.client.session;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.async.Scheduler;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.signing.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's current {@link SessionConfig}, kept fresh, shared by every upload and IMM call.
 *
 * <ul>
 *   <li><b>Ahead of time</b>: after each fetch, a refresh is scheduled at half the remaining lifetime (the
 *       server's cache hands out a new token by then). A 900 s token is replaced after 450 s.
 *   <li><b>On demand</b>: {@link #withFresh} refreshes first when the credential expires within
 *       {@link #REFRESH_MARGIN_MILLIS}, which catches a timer that a background tab delayed.
 *   <li><b>On rejection</b>: when a service refuses the credential, {@link #afterRejection} renews it
 *       ({@link TokenSource#renew}: the server's cache would hand back the refused one while it is young),
 *       unless another request already got a different one since.
 *   <li><b>Single flight</b>: while a fetch is under way, every caller waits for that one. Four parts
 *       refused together cause one fetch, not four.
 * </ul>
 */
public final class SessionCredentials {

  /** A credential this close to its expiry is not used for a new request. */
  public static final long REFRESH_MARGIN_MILLIS = 60_000;

  /** Refresh no more often than this, even when the server hands out very short-lived tokens. */
  static final long MIN_REFRESH_DELAY_MILLIS = 5_000;

  private final TokenSource source;
  private final Scheduler scheduler;
  private final Clock clock;
  private SessionConfig current;
  private List<Callback<SessionConfig>> waiting;
  private Cancellable scheduledRefresh;
  /** Whether the fetch under way is a renewal, which never brings back the refused credential. */
  private boolean renewing;

  /** Credentials from {@code source}; {@code clock} is the browser's, on which expiries are kept. */
  public SessionCredentials(TokenSource source, Scheduler scheduler, Clock clock) {
    this.source = source;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** The latest configuration, or {@code null} before the first fetch succeeded. */
  public SessionConfig current() {
    return current;
  }

  /** Calls back with a configuration whose credential is not about to expire, fetching one if needed. */
  public void withFresh(Callback<SessionConfig> callback) {
    if (current != null && !current.credentials().expiresWithin(REFRESH_MARGIN_MILLIS / 1000, clock)) {
      callback.onSuccess(current);
      return;
    }
    refresh(callback);
  }

  /**
   * Calls back with a configuration to retry a request whose credential, from {@code rejected}, a
   * service refused: the current one if it has been replaced since, or else a new one.
   */
  public void afterRejection(SessionConfig rejected, Callback<SessionConfig> callback) {
    if (current != null && !sameCredential(current, rejected)) {
      callback.onSuccess(current);
      return;
    }
    if (waiting != null && !renewing) {
      // A fetch is under way that may bring back the refused credential: renew after it if it does.
      waiting.add(new Callback<SessionConfig>() {
        @Override
        public void onSuccess(SessionConfig config) {
          if (sameCredential(config, rejected)) {
            refresh(true, callback);
          } else {
            callback.onSuccess(config);
          }
        }

        @Override
        public void onFailure(Failure failure) {
          callback.onFailure(failure);
        }
      });
      return;
    }
    refresh(true, callback);
  }

  private static boolean sameCredential(SessionConfig a, SessionConfig b) {
    return a.credentials().accessKeyId().equals(b.credentials().accessKeyId());
  }

  private void refresh(Callback<SessionConfig> callback) {
    refresh(false, callback);
  }

  private void refresh(boolean renew, Callback<SessionConfig> callback) {
    if (waiting != null) {
      waiting.add(callback);
      return;
    }
    waiting = new ArrayList<>();
    waiting.add(callback);
    renewing = renew;
    if (scheduledRefresh != null) {
      scheduledRefresh.cancel();
      scheduledRefresh = null;
    }
    Callback<SessionConfig> fetched = new Callback<SessionConfig>() {
      @Override
      public void onSuccess(SessionConfig config) {
        current = config;
        scheduleRefresh(config);
        for (Callback<SessionConfig> waiter : takeWaiting()) {
          waiter.onSuccess(config);
        }
      }

      @Override
      public void onFailure(Failure failure) {
        for (Callback<SessionConfig> waiter : takeWaiting()) {
          waiter.onFailure(failure);
        }
      }
    };
    if (renew) {
      source.renew(fetched);
    } else {
      source.fetch(fetched);
    }
  }

  private List<Callback<SessionConfig>> takeWaiting() {
    List<Callback<SessionConfig>> callbacks = waiting;
    waiting = null;
    return callbacks;
  }

  private void scheduleRefresh(SessionConfig config) {
    long remaining = config.credentials().expirationMillis() - clock.currentTimeMillis();
    long delay = (long) Math.max(MIN_REFRESH_DELAY_MILLIS, Math.floor(remaining / 2.0));
    scheduledRefresh = scheduler.schedule(delay, () -> {
      scheduledRefresh = null;
      refresh(IGNORED);
    });
  }

  /** The callback of a refresh nobody waits for: a failure is left for the next request to meet. */
  private static final Callback<SessionConfig> IGNORED = new Callback<SessionConfig>() {
    @Override
    public void onSuccess(SessionConfig value) {}

    @Override
    public void onFailure(Failure failure) {}
  };
}
