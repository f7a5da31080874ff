package dev.ossdirect.client.testing;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.session.TokenSource;
import java.util.ArrayList;
import java.util.List;

/** A token source that counts fetches and renewals and answers them when the test says so. */
public final class ManualTokenSource implements TokenSource {

  private final List<Callback<SessionConfig>> pending = new ArrayList<>();
  private int fetches;
  private int renewals;

  @Override
  public void fetch(Callback<SessionConfig> callback) {
    fetches++;
    pending.add(callback);
  }

  @Override
  public void renew(Callback<SessionConfig> callback) {
    fetches++;
    renewals++;
    pending.add(callback);
  }

  /** How many fetches were started, renewals included. */
  public int fetches() {
    return fetches;
  }

  /** How many of the fetches were renewals. */
  public int renewals() {
    return renewals;
  }

  public int pending() {
    return pending.size();
  }

  /** Answers every pending fetch with {@code session}. */
  public void issue(SessionConfig session) {
    List<Callback<SessionConfig>> callbacks = new ArrayList<>(pending);
    pending.clear();
    callbacks.forEach(callback -> callback.onSuccess(session));
  }

  /** Fails every pending fetch. */
  public void fail(Failure failure) {
    List<Callback<SessionConfig>> callbacks = new ArrayList<>(pending);
    pending.clear();
    callbacks.forEach(callback -> callback.onFailure(failure));
  }
}
