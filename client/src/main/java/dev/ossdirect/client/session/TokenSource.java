package dev.ossdirect.client.session;

import dev.ossdirect.client.call.Callback;

/** Gets a new {@link SessionConfig}, with a fresh credential, from the server. */
@FunctionalInterface
public interface TokenSource {

  /** Fetches a fresh one; {@code callback} hears the outcome, never before this returns. */
  void fetch(Callback<SessionConfig> callback);
}
