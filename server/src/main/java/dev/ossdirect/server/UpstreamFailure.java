package dev.ossdirect.server;

/**
 * A call the server made to a cloud service (STS, OSS) failed: the service answered with an error, or gave
 * no answer. Carries the service's code, message and request id, which the browser is shown.
 */
public abstract class UpstreamFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String requestId;

  protected UpstreamFailure(String code, String message, String requestId, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.requestId = requestId;
  }

  /** The service's error code, or one of ours for a call that got no answer. */
  public String code() {
    return code;
  }

  /** The service's request id, or {@code null} when there was no answer. */
  public String requestId() {
    return requestId;
  }
}
