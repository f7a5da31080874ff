package dev.ossdirect.client.http;

/**
 * What came back for a request: a response with a status, body and headers, or no response at all
 * because the network failed (which includes a cross-origin request the bucket's CORS rule did not
 * allow: browsers report both the same way) or the request timed out.
 */
public final class HttpResponse {

  /** Reads one response header; {@code null} when it is absent or the browser may not show it. */
  @FunctionalInterface
  public interface Headers {
    String get(String name);
  }

  private enum Outcome {
    RECEIVED,
    NETWORK_ERROR,
    TIMED_OUT
  }

  private static final Headers NO_HEADERS = name -> null;

  private final Outcome outcome;
  private final int status;
  private final String body;
  private final Headers headers;

  private HttpResponse(Outcome outcome, int status, String body, Headers headers) {
    this.outcome = outcome;
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** A response with {@code status}, {@code body} (never {@code null}) and {@code headers}. */
  public static HttpResponse received(int status, String body, Headers headers) {
    return new HttpResponse(Outcome.RECEIVED, status, body == null ? "" : body, headers);
  }

  /** No response: the connection failed, or the browser blocked the response (CORS). */
  public static HttpResponse networkError() {
    return new HttpResponse(Outcome.NETWORK_ERROR, 0, "", NO_HEADERS);
  }

  /** No response within the request's timeout. */
  public static HttpResponse timedOut() {
    return new HttpResponse(Outcome.TIMED_OUT, 0, "", NO_HEADERS);
  }

  /** Whether a response arrived at all. */
  public boolean isReceived() {
    return outcome == Outcome.RECEIVED;
  }

  public boolean isNetworkError() {
    return outcome == Outcome.NETWORK_ERROR;
  }

  public boolean isTimedOut() {
    return outcome == Outcome.TIMED_OUT;
  }

  /** Whether a response arrived with a 2xx status. */
  public boolean isSuccess() {
    return isReceived() && status >= 200 && status < 300;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** The body as text; empty when there was none. */
  public String body() {
    return body;
  }

  /** Response header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }
}
