package dev.ossdirect.client.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to send: method, absolute URL, headers, an optional body (text, or a byte range of a chosen
 * file) and a timeout. Immutable; built with {@link #builder}.
 *
 * <p>The headers are exactly those the browser must send, signed ones included: the transport sends the
 * body so that the browser adds none of its own ({@code Content-Type} above all, which a browser takes
 * from a text or file body when the request sets none).
 */
public final class HttpRequest {

  private final String method;
  private final String url;
  private final Map<String, String> headers;
  private final String textBody;
  private final ChosenFile file;
  private final ByteRange fileRange;
  private final int timeoutMillis;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.url = builder.url;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.textBody = builder.textBody;
    this.file = builder.file;
    this.fileRange = builder.fileRange;
    this.timeoutMillis = builder.timeoutMillis;
  }

  public static Builder builder(String method, String url) {
    return new Builder(method, url);
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  /** The headers to set, in order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The value of header {@code name}, whatever its case, or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** The text body, or {@code null}. */
  public String textBody() {
    return textBody;
  }

  /** The file whose {@link #fileRange()} is the body, or {@code null}. */
  public ChosenFile file() {
    return file;
  }

  /** The bytes of {@link #file()} to send, or {@code null}. */
  public ByteRange fileRange() {
    return fileRange;
  }

  /** How long to wait for the whole exchange before giving up; 0 waits forever. */
  public int timeoutMillis() {
    return timeoutMillis;
  }

  /** Collects the parts of an {@link HttpRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String textBody;
    private ChosenFile file;
    private ByteRange fileRange;
    private int timeoutMillis;

    private Builder(String method, String url) {
      this.method = method;
      this.url = url;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder headers(Map<String, String> values) {
      headers.putAll(values);
      return this;
    }

    public Builder textBody(String text) {
      this.textBody = text;
      return this;
    }

    public Builder fileBody(ChosenFile file, ByteRange range) {
      this.file = file;
      this.fileRange = range;
      return this;
    }

    public Builder timeoutMillis(int timeoutMillis) {
      this.timeoutMillis = timeoutMillis;
      return this;
    }

    /**
     * The request. A text body must come with its {@code Content-Type}: a browser sending text without one
     * adds {@code text/plain;charset=UTF-8} itself, a header the signature did not cover.
     */
    public HttpRequest build() {
      HttpRequest request = new HttpRequest(this);
      if (request.textBody != null && request.header("Content-Type") == null) {
        throw new IllegalStateException("A text body needs a Content-Type header; the browser would add one unsigned");
      }
      return request;
    }
  }
}
