package dev.ossdirect.client.session;

import dev.ossdirect.client.async.Callback;

/** Gets a new {@link SessionConfig}, with a fresh credential, from the server. */
public interface TokenSource {

  /**
   * Fetches a fresh one, which may be the one the server handed out last while it is young enough;
   * {@code callback} hears the outcome, never before this returns.
   */
  void fetch(Callback<SessionConfig> callback);

  /**
   * Fetches a new one, never the one the server handed out last: for after a service refused that one.
   * {@code callback} hears the outcome, never before this returns.
   */
  void renew(Callback<SessionConfig> callback);
}
