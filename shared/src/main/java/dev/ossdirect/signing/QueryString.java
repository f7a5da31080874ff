package dev.ossdirect.signing;

import dev.ossdirect.signing.codec.PercentEncoding;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes URL query strings with Alibaba Cloud's percent-encoding. */
public final class QueryString {

  private QueryString() {}

  /**
   * {@code name=value} pairs joined by {@code &}, each side percent-encoded, in the map's order. An empty
   * value is written as the bare name.
   */
  public static String format(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> entry : parameters.entrySet()) {
      appendParameter(out, entry.getKey(), entry.getValue());
    }
    return out.toString();
  }

  /** The query parameters of {@code request}, written as {@link #format(Map)} writes a map's. */
  public static String format(SignableRequest request) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < request.queryCount(); i++) {
      appendParameter(out, request.queryName(i), request.queryValue(i));
    }
    return out.toString();
  }

  private static void appendParameter(StringBuilder out, String name, String value) {
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(PercentEncoding.encode(name));
    if (value != null && !value.isEmpty()) {
      out.append('=').append(PercentEncoding.encode(value));
    }
  }

  /**
   * The decoded parameters of {@code rawQuery} (without the leading {@code ?}), in order. {@code +} means a
   * space, as in HTML forms and the Java SDKs. A bare name gets the empty string. Throws
   * {@link IllegalArgumentException} on a malformed escape, invalid UTF-8, a repeated name (a signature
   * covers one value per name) or an empty name such as {@code =x} ({@link #format} could not write it
   * back, so signer and verifier could disagree on what was signed).
   */
  public static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    int start = 0;
    while (start <= rawQuery.length()) {
      int end = rawQuery.indexOf('&', start);
      if (end < 0) {
        end = rawQuery.length();
      }
      if (end > start) {
        String pair = rawQuery.substring(start, end);
        int equals = pair.indexOf('=');
        String name = PercentEncoding.decodeQueryComponent(equals < 0 ? pair : pair.substring(0, equals));
        if (name.isEmpty()) {
          throw new IllegalArgumentException("A query parameter has no name");
        }
        String value = equals < 0 ? "" : PercentEncoding.decodeQueryComponent(pair.substring(equals + 1));
        if (parameters.containsKey(name)) {
          throw new IllegalArgumentException("Query parameter \"" + name + "\" is repeated");
        }
        parameters.put(name, value);
      }
      start = end + 1;
    }
    return parameters;
  }
}
