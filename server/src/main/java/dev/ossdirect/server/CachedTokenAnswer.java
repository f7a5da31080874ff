package dev.ossdirect.server;

import java.nio.charset.StandardCharsets;

/**
 * A session's token together with the token endpoint's answer for it, written once, when the token was
 * issued. A cache hit then sends these bytes as they are, rather than building the same JSON again for every
 * request of the session. The two live in one {@link TokenCache} entry, so the answer leaves the cache with
 * its token (it can never outlive it) and, the cache being keyed by session, is never sent to another
 * session.
 *
 * <p>The answer holds the secret, so {@link #toString()} shows neither it nor the bytes.
 */
public final class CachedTokenAnswer {

  private final IssuedToken token;
  private final byte[] json;

  /** {@code token} and {@code json}, the endpoint's answer for it, which is encoded in UTF-8 here once. */
  public CachedTokenAnswer(IssuedToken token, String json) {
    this.token = token;
    this.json = json.getBytes(StandardCharsets.UTF_8);
  }

  public IssuedToken token() {
    return token;
  }

  /**
   * The answer in UTF-8. The array is this entry's own and is sent as it is: callers only write it out,
   * never change it.
   */
  byte[] json() {
    return json;
  }

  @Override
  public String toString() {
    return "CachedTokenAnswer{" + token + ", " + json.length + " bytes}";
  }
}
