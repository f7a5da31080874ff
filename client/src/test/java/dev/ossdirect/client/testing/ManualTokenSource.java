package dev.ossdirect.client.testing;

import dev.ossdirect.client.call.Callback;
import dev.ossdirect.client.call.Failure;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.session.TokenSource;
import java.util.ArrayList;
import java.util.List;

/** A token source that counts fetches and answers them when the test says so. */
public final class ManualTokenSource implements TokenSource {

  private final List<Callback<SessionConfig>> pending = new ArrayList<>();
  private int fetches;

  @Override
  public void fetch(Callback<SessionConfig> callback) {
    fetches++;
    pending.add(callback);
  }

  /** How many fetches were started. */
  public int fetches() {
    return fetches;
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
