package dev.ossdirect.localcloud.auth;

/** A security token that was not issued by this local cloud, or was altered. */
public final class InvalidSecurityTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidSecurityTokenException(String message) {
    super(message);
  }
}
