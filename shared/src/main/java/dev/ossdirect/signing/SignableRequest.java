package dev.ossdirect.signing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>The parameters and headers are kept as {@link NamedValues}, in the order they were first added, and
 * read by position ({@link #queryName}, {@link #queryValue}) or by name: the browser's script, which
 * signs with this class, then carries no hash map. {@link #query()} and {@link #headers()} give
 * them as maps too, made on first use.
 */
public final class SignableRequest {

  /** What a canonical form adds to the request's own text: escapes, separators, fixed lines. */
  private static final int CANONICAL_ROOM = 256;

  private final String method;
  private final String path;
  private final NamedValues query;
  private final NamedValues headers;
  /** {@link #query()}, made on first use; an unmodifiable map, safe to publish without a lock. */
  private Map<String, String> queryMap;
  /** {@link #headers()}, made on first use. */
  private Map<String, String> headerMap;
  /** {@link #canonicalLengthEstimate()}, worked out on first use; 0 until then. */
  private int canonicalLengthEstimate;

  private SignableRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = new NamedValues().setAll(builder.query);
    this.headers = new NamedValues().setAll(builder.headers);
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

  /** How many query parameters the request has. */
  public int queryCount() {
    return query.size();
  }

  /** The decoded name of query parameter {@code index}, in the order they were added. */
  public String queryName(int index) {
    return query.name(index);
  }

  /** The decoded value of query parameter {@code index} (the empty string for a bare name). */
  public String queryValue(int index) {
    return query.value(index);
  }

  /** The decoded value of query parameter {@code name} (case-sensitive), or {@code null}. */
  public String queryParameter(String name) {
    return query.get(name);
  }

  /** The lower-case names of the headers, in the order they were added. */
  public List<String> headerNames() {
    return headers.names();
  }

  /** The value of header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    return headers.get(Ascii.toLowerCase(name));
  }

  /** The decoded query parameters in the order they were added. */
  public Map<String, String> query() {
    if (queryMap == null) {
      queryMap = asMap(query);
    }
    return queryMap;
  }

  /** The headers, with lower-case names, in the order they were added. */
  public Map<String, String> headers() {
    if (headerMap == null) {
      headerMap = asMap(headers);
    }
    return headerMap;
  }

  private static Map<String, String> asMap(NamedValues values) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(values.name(i), values.value(i));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * About how many chars a canonical form of this request takes: its method, path and every query and
   * header name and value, with room for escapes and each scheme's separators and fixed lines. Signers
   * size their buffers by it instead of growing them from nothing.
   */
  public int canonicalLengthEstimate() {
    if (canonicalLengthEstimate == 0) {
      canonicalLengthEstimate = CANONICAL_ROOM + method.length() + path.length()
          + totalLength(query) + totalLength(headers);
    }
    return canonicalLengthEstimate;
  }

  private static int totalLength(NamedValues values) {
    int length = 0;
    for (int i = 0; i < values.size(); i++) {
      length += values.name(i).length() + values.value(i).length();
    }
    return length;
  }

  /** A builder holding this request's parts, to add or replace some. */
  public Builder toBuilder() {
    Builder builder = new Builder(method, path);
    builder.query.setAll(query);
    builder.headers.setAll(headers);
    return builder;
  }

  /**
   * Collects the parts of a {@link SignableRequest}. Setting a name again replaces its value where the
   * name first stood, as a {@link LinkedHashMap} would.
   */
  public static final class Builder {
    private final String method;
    private final String path;
    private final NamedValues query = new NamedValues();
    private final NamedValues headers = new NamedValues();

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
      query.set(name, value == null ? "" : value);
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
      headers.set(Ascii.toLowerCase(name), value);
      return this;
    }

    /** Sets every entry of {@code values} as a header. */
    public Builder headers(Map<String, String> values) {
      for (Map.Entry<String, String> entry : values.entrySet()) {
        header(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /** Removes query parameter {@code name}, if it is set. */
    public Builder removeQuery(String name) {
      query.remove(name);
      return this;
    }

    /** Removes header {@code name} (any case), if it is set. */
    public Builder removeHeader(String name) {
      headers.remove(Ascii.toLowerCase(name));
      return this;
    }

    public SignableRequest build() {
      return new SignableRequest(this);
    }
  }
}
