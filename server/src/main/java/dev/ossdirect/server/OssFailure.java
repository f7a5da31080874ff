package dev.ossdirect.server;

/**
 * A call the server made to OSS failed: OSS answered with an error document, or gave no answer. Carries
 * OSS's code, message and request id, which the browser is shown.
 */
public final class OssFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The code of a call that got no answer at all. */
  public static final String UNREACHABLE = "OssUnreachable";

  private final int status;
  private final String code;
  private final String requestId;

  public OssFailure(int status, String code, String message, String requestId, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }

  /** OSS's HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** OSS's error code, such as {@code NoSuchUpload}, or {@link #UNREACHABLE}. */
  public String code() {
    return code;
  }

  /** OSS's request id, or {@code null}. */
  public String requestId() {
    return requestId;
  }
}
