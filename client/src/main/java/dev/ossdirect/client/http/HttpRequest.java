package dev.ossdirect.client.http;

import dev.ossdirect.signing.NamedValues;
import dev.ossdirect.signing.SignableRequest;
import java.util.Arrays;

/**
 * A request to send: method, absolute URL, headers, an optional body (text, a byte range of a chosen
 * file, or a {@code multipart/form-data} form of text fields followed by a whole file) and a timeout. Immutable; built with {@link #builder}.
 *
 * <p>The headers are exactly those the browser must send, signed ones included: the transport sends the
 * body so that the browser adds none of its own ({@code Content-Type} above all, which a browser takes
 * from a text or file body when the request sets none).
 */
public final class HttpRequest {

  private final String method;
  private final String url;
  private final NamedValues headers;
  private final String textBody;
  private final ChosenFile file;
  private final ByteRange fileRange;
  private final NamedValues formFields;
  private final int timeoutMillis;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.url = builder.url;
    this.headers = new NamedValues().setAll(builder.headers);
    this.textBody = builder.textBody;
    this.file = builder.file;
    this.fileRange = builder.fileRange;
    this.formFields = builder.formFields == null ? null : new NamedValues().setAll(builder.formFields);
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

  /** The headers to set, in order (a copy). */
  public NamedValues headers() {
    return new NamedValues().setAll(headers);
  }

  /** The value of header {@code name}, whatever its case, or {@code null}. */
  public String header(String name) {
    return headers.getIgnoringCase(name);
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

  /**
   * The text fields of a {@code multipart/form-data} body, in order, which the whole {@link #file()} follows
   * as the field {@code file}; {@code null} when the body is not a form.
   */
  public NamedValues formFields() {
    return formFields == null ? null : new NamedValues().setAll(formFields);
  }

  /** How long to wait for the whole exchange before giving up; 0 waits forever. */
  public int timeoutMillis() {
    return timeoutMillis;
  }

  /** Collects the parts of an {@link HttpRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final NamedValues headers = new NamedValues();
    private String textBody;
    private ChosenFile file;
    private ByteRange fileRange;
    private NamedValues formFields;
    private int timeoutMillis;

    private Builder(String method, String url) {
      this.method = method;
      this.url = url;
    }

    public Builder header(String name, String value) {
      headers.set(name, value);
      return this;
    }

    public Builder headers(NamedValues values) {
      headers.setAll(values);
      return this;
    }

    /** Every header of {@code signed} but {@code except} (such as {@code host}, which the browser sets). */
    public Builder headersOf(SignableRequest signed, String... except) {
      for (String name : signed.headerNames()) {
        if (!Arrays.asList(except).contains(name)) {
          headers.set(name, signed.header(name));
        }
      }
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

    /**
     * A {@code multipart/form-data} body: {@code fields} in order, then the whole {@code file} as the field
     * {@code file}, which OSS's PostObject wants last. The browser writes the form's {@code Content-Type},
     * with its boundary.
     */
    public Builder formBody(NamedValues fields, ChosenFile file) {
      this.formFields = fields;
      this.file = file;
      this.fileRange = new ByteRange(0, file.size());
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
      if (request.formFields != null && request.header("Content-Type") != null) {
        throw new IllegalStateException("A form's Content-Type names its boundary, which only the browser knows");
      }
      return request;
    }
  }
}
