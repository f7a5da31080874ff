package dev.ossdirect.client.failure;

/**
 * Something that went wrong, put for the person at the page: a sentence in plain words, the service's
 * error when there is one (its code, message and request id are what support asks for), and a hint on
 * what to check.
 */
public final class Failure {

  private final String summary;
  private final ServiceError serviceError;
  private final String hint;

  private Failure(String summary, ServiceError serviceError, String hint) {
    this.summary = summary;
    this.serviceError = serviceError;
    this.hint = hint;
  }

  /** A failure explained by {@code summary} alone. */
  public static Failure of(String summary) {
    return new Failure(summary, null, null);
  }

  /** A failure the service explained with {@code serviceError}, which may be {@code null}. */
  public static Failure of(String summary, ServiceError serviceError) {
    return new Failure(summary, serviceError, null);
  }

  /** This failure with a hint on what to check. */
  public Failure withHint(String hint) {
    return new Failure(summary, serviceError, hint);
  }

  public String summary() {
    return summary;
  }

  /** The service's error, or {@code null}. */
  public ServiceError serviceError() {
    return serviceError;
  }

  /** What to check, or {@code null}. */
  public String hint() {
    return hint;
  }

  @Override
  public String toString() {
    return summary;
  }
}
