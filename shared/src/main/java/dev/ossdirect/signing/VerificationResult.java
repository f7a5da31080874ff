package dev.ossdirect.signing;

/**
 * The outcome of checking a received signature: whether it matched, and the text the verifier signed, so
 * that an error response can show the client what the server expected (as Alibaba Cloud does for
 * {@code SignatureDoesNotMatch}).
 */
public final class VerificationResult {

  private final boolean matches;
  private final String canonicalText;
  private final String stringToSign;

  public VerificationResult(boolean matches, String canonicalText, String stringToSign) {
    this.matches = matches;
    this.canonicalText = canonicalText;
    this.stringToSign = stringToSign;
  }

  /** Whether the received signature equals the one recomputed from the request. */
  public boolean matches() {
    return matches;
  }

  /**
   * The canonical form the verifier built: the canonical request for ACS3 and OSS V4, the canonical query
   * for RPC V1, and the string to sign for OSS V1.
   */
  public String canonicalText() {
    return canonicalText;
  }

  /** The string to sign the verifier built. */
  public String stringToSign() {
    return stringToSign;
  }

  @Override
  public String toString() {
    return "VerificationResult{matches=" + matches + "}";
  }
}
