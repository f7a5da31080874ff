package dev.ossdirect.server;

/**
 * A call the server made to OSS failed: OSS answered with an error document, or gave no answer. Carries
 * OSS's code, message and request id, which the browser is shown.
 */
public final class OssFailure extends UpstreamFailure {

  private static final long serialVersionUID = 1L;

  /** The code of a call that got no answer at all. */
  public static final String UNREACHABLE = "OssUnreachable";

  private final int status;

  /** {@code code} is OSS's error code, such as {@code NoSuchUpload}, or {@link #UNREACHABLE}. */
  public OssFailure(int status, String code, String message, String requestId, Throwable cause) {
    super(code, message, requestId, cause);
    this.status = status;
  }

  /** OSS's HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
