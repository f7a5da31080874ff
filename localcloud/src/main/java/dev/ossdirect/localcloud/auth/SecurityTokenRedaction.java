package dev.ossdirect.localcloud.auth;

import dev.ossdirect.signing.codec.PercentEncoding;

/**
 * Takes a security token out of what an error shows its caller. A signature mismatch answers with the
 * text this side signed (OSS's {@code StringToSign} and {@code CanonicalRequest}, the RPC gateway's
 * "server string to sign"), so that a client can find what it signed differently; that text holds the
 * request's security token, and a token is a credential that error bodies, logs and proxies must never
 * carry. Every service redacts it the same way, here.
 *
 * <p>The token may appear as it was sent (a header, OSS V1's canonical resource), percent-encoded once (a
 * canonical query string) or twice (RPC signature V1 encodes its canonical query string again), and each
 * form is replaced by {@link #PLACEHOLDER}. The longer forms go first, so that a token that occurs inside
 * its own encoded form (such as {@code %25}) cannot leave part of that form behind.
 */
public final class SecurityTokenRedaction {

  /** What a redacted token reads as. */
  public static final String PLACEHOLDER = "[security token]";

  private SecurityTokenRedaction() {}

  /**
   * {@code text} with each of {@code tokens} (raw, or percent-encoded once or twice) replaced by
   * {@link #PLACEHOLDER}; tokens that are {@code null} or empty (a request without one) are skipped.
   */
  public static String redact(String text, String... tokens) {
    String redacted = text;
    for (String token : tokens) {
      if (token != null && !token.isEmpty()) {
        String encodedOnce = PercentEncoding.encode(token);
        String encodedTwice = PercentEncoding.encode(encodedOnce);
        redacted = redacted.replace(encodedTwice, PLACEHOLDER).replace(encodedOnce, PLACEHOLDER)
            .replace(token, PLACEHOLDER);
      }
    }
    return redacted;
  }
}
