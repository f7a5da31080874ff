package dev.ossdirect.signing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an HTTP request that Alibaba Cloud signatures cover: the method, the path, the query
 * parameters and the headers. Immutable.
 *
 * <ul>
 *   <li>The path is decoded text: {@code /bucket/key} for OSS (the key as stored, not URL-encoded), and
 *       {@code /} for RPC-style APIs. Each scheme encodes it the way its formula says.
 *   <li>Query parameter names and values are decoded text. A parameter without a value ({@code ?uploads})
 *       has the empty string as its value.
 *   <li>Header names are kept in lower case; values are as sent.
 * </ul>
 */
public final class SignableRequest {

  /** What a canonical form adds to the request's own text: escapes, separators, fixed lines. */
  private static final int CANONICAL_ROOM = 256;

  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  /** {@link #canonicalLengthEstimate()}, worked out on first use; 0 until then. */
  private int canonicalLengthEstimate;

  private SignableRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** Starts a request with {@code method} (upper case, such as {@code PUT}) and a decoded {@code path}. */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /** The path of an OSS object: {@code /bucket/key}, {@code /bucket/} for the bucket, {@code /} for none. */
  public static String ossPath(String bucket, String key) {
    if (bucket == null || bucket.isEmpty()) {
      return "/";
    }
    return "/" + bucket + "/" + (key == null ? "" : key);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The decoded query parameters in the order they were added. */
  public Map<String, String> query() {
    return query;
  }

  /** The headers, with lower-case names, in the order they were added. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The value of header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    return headers.get(Ascii.toLowerCase(name));
  }

  /**
   * About how many chars a canonical form of this request takes: its method, path and every query and
   * header name and value, with room for escapes and each scheme's separators and fixed lines. Signers
   * size their buffers by it instead of growing them from nothing.
   */
  public int canonicalLengthEstimate() {
    if (canonicalLengthEstimate == 0) {
      int length = CANONICAL_ROOM + method.length() + path.length();
      for (Map.Entry<String, String> parameter : query.entrySet()) {
        length += parameter.getKey().length() + parameter.getValue().length();
      }
      for (Map.Entry<String, String> header : headers.entrySet()) {
        length += header.getKey().length() + header.getValue().length();
      }
      canonicalLengthEstimate = length;
    }
    return canonicalLengthEstimate;
  }

  /** A builder holding this request's parts, to add or replace some. */
  public Builder toBuilder() {
    Builder builder = new Builder(method, path);
    builder.query.putAll(query);
    builder.headers.putAll(headers);
    return builder;
  }

  /** Collects the parts of a {@link SignableRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(String method, String path) {
      if (method == null || method.isEmpty()) {
        throw new IllegalArgumentException("method is required");
      }
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/'");
      }
      this.method = method;
      this.path = path;
    }

    /** Sets query parameter {@code name}; a {@code null} value is stored as the empty string. */
    public Builder query(String name, String value) {
      query.put(name, value == null ? "" : value);
      return this;
    }

    /** Sets every entry of {@code parameters} as a query parameter. */
    public Builder query(Map<String, String> parameters) {
      for (Map.Entry<String, String> entry : parameters.entrySet()) {
        query(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /** Sets header {@code name} (stored in lower case), replacing any earlier value. */
    public Builder header(String name, String value) {
      if (value == null) {
        throw new IllegalArgumentException("header " + name + " has no value");
      }
      headers.put(Ascii.toLowerCase(name), value);
      return this;
    }

    /** Sets every entry of {@code values} as a header. */
    public Builder headers(Map<String, String> values) {
      for (Map.Entry<String, String> entry : values.entrySet()) {
        header(entry.getKey(), entry.getValue());
      }
      return this;
    }

    public SignableRequest build() {
      return new SignableRequest(this);
    }
  }
}
