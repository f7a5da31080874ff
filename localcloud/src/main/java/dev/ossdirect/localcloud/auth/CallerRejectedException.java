package dev.ossdirect.localcloud.auth;

/** An access key, or its security token, that does not identify a valid caller. */
public final class CallerRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the caller was rejected; each protocol maps these to its own error codes. */
  public enum Reason {
    /** No such access key. */
    UNKNOWN_ACCESS_KEY,
    /** An STS access key came without its security token. */
    MISSING_SECURITY_TOKEN,
    /** The security token was not issued by this STS, or was altered. */
    INVALID_SECURITY_TOKEN,
    /** The security token belongs to another access key. */
    SECURITY_TOKEN_MISMATCH,
    /** The security token has expired. */
    SECURITY_TOKEN_EXPIRED
  }

  private final Reason reason;

  public CallerRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
