package dev.ossdirect.reliability.wire;

import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request exactly as a client sent it: the method, the raw request target, the headers in their
 * order and case, and the body. The {@code with...} methods each change one part and leave every other
 * byte as it was, so that a test can tamper with one signed component of a request that Alibaba's SDK
 * made. Framing headers ({@code Content-Length}, {@code Transfer-Encoding}, {@code Connection},
 * {@code Expect}) are not kept: {@link #send} frames the body itself.
 */
public final class CapturedRequest {

  private static final List<String> FRAMING =
      List.of("content-length", "transfer-encoding", "connection", "expect", "keep-alive");

  private final String method;
  private final String target;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;

  public CapturedRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    this.method = method;
    this.target = target;
    List<Map.Entry<String, String>> kept = new ArrayList<>();
    for (Map.Entry<String, String> header : headers) {
      if (!FRAMING.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        kept.add(Map.entry(header.getKey(), header.getValue()));
      }
    }
    this.headers = List.copyOf(kept);
    this.body = body.clone();
  }

  public String method() {
    return method;
  }

  /** The raw request target: the percent-encoded path and query, as sent. */
  public String target() {
    return target;
  }

  /** The raw path: the target without its query. */
  public String path() {
    int question = target.indexOf('?');
    return question < 0 ? target : target.substring(0, question);
  }

  public byte[] body() {
    return body.clone();
  }

  /** The value of header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** The decoded value of query parameter {@code name}, {@code ""} for a bare name, or {@code null}. */
  public String query(String name) {
    for (String[] pair : rawQuery()) {
      if (PercentEncoding.decodeQueryComponent(pair[0]).equals(name)) {
        return pair[1] == null ? "" : PercentEncoding.decodeQueryComponent(pair[1]);
      }
    }
    return null;
  }

  /** Every query parameter, decoded, in order; a bare name has the value {@code ""}. */
  public Map<String, String> queryParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String[] pair : rawQuery()) {
      parameters.put(PercentEncoding.decodeQueryComponent(pair[0]),
          pair[1] == null ? "" : PercentEncoding.decodeQueryComponent(pair[1]));
    }
    return parameters;
  }

  /** Every header as sent, in order, framing headers left out. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  public CapturedRequest withMethod(String newMethod) {
    return new CapturedRequest(newMethod, target, headers, body);
  }

  /** This request sent to {@code rawPath} (percent-encoded) with the same query. */
  public CapturedRequest withPath(String rawPath) {
    int question = target.indexOf('?');
    return new CapturedRequest(method, rawPath + (question < 0 ? "" : target.substring(question)), headers, body);
  }

  /**
   * This request with query parameter {@code name} set to {@code value} (percent-encoded here), in place
   * if it is there and at the end otherwise; a {@code null} value removes it.
   */
  public CapturedRequest withQuery(String name, String value) {
    List<String> pairs = new ArrayList<>();
    boolean replaced = false;
    for (String[] pair : rawQuery()) {
      if (PercentEncoding.decodeQueryComponent(pair[0]).equals(name)) {
        replaced = true;
        if (value != null) {
          pairs.add(encodedPair(name, value));
        }
      } else {
        pairs.add(pair[1] == null ? pair[0] : pair[0] + "=" + pair[1]);
      }
    }
    if (!replaced && value != null) {
      pairs.add(encodedPair(name, value));
    }
    String query = String.join("&", pairs);
    return new CapturedRequest(method, path() + (query.isEmpty() ? "" : "?" + query), headers, body);
  }

  /**
   * This request with header {@code name} set to {@code value}, in place (keeping the original name's
   * case) if it is there and at the end otherwise; a {@code null} value removes it.
   */
  public CapturedRequest withHeader(String name, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    boolean replaced = false;
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        replaced = true;
        if (value != null) {
          changed.add(Map.entry(header.getKey(), value));
        }
      } else {
        changed.add(header);
      }
    }
    if (!replaced && value != null) {
      changed.add(Map.entry(name, value));
    }
    return new CapturedRequest(method, target, changed, body);
  }

  public CapturedRequest withBody(byte[] newBody) {
    return new CapturedRequest(method, target, headers, newBody);
  }

  /** Sends this request as it is to the port on loopback, with its body's length, and reads the answer. */
  public Answer send(int port) throws IOException {
    Map<String, String> sent = new LinkedHashMap<>();
    headers.forEach(header -> sent.put(header.getKey(), header.getValue()));
    return Answer.of(RawHttp.send(port, method, target, sent, body));
  }

  @Override
  public String toString() {
    return method + " " + target;
  }

  private List<String[]> rawQuery() {
    List<String[]> pairs = new ArrayList<>();
    int question = target.indexOf('?');
    if (question < 0) {
      return pairs;
    }
    for (String pair : target.substring(question + 1).split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        pairs.add(equals < 0 ? new String[] {pair, null}
            : new String[] {pair.substring(0, equals), pair.substring(equals + 1)});
      }
    }
    return pairs;
  }

  private static String encodedPair(String name, String value) {
    String encodedName = PercentEncoding.encode(name);
    return value.isEmpty() ? encodedName : encodedName + "=" + PercentEncoding.encode(value);
  }
}
