package dev.ossdirect.localcloud.oss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code response-*} query parameters of GetObject, which replace headers of the response: a signed
 * download link can, for example, make the browser save the file under a given name with
 * {@code response-content-disposition}.
 */
final class ResponseOverrides {

  /** Each parameter and the response header it sets. */
  private static final Map<String, String> HEADERS = headers();

  /** The parameters' names. */
  static final Set<String> PARAMETERS = HEADERS.keySet();

  private ResponseOverrides() {}

  /**
   * The response headers that {@code query} overrides, with their new values; {@code InvalidArgument} if a
   * value holds a control character, which could split the response's headers.
   */
  static Map<String, String> of(Map<String, String> query) throws OssException {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : HEADERS.entrySet()) {
      String value = query.get(header.getKey());
      if (value == null || value.isEmpty()) {
        continue;
      }
      if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw OssException.invalidArgument(header.getKey() + " must not contain control characters.");
      }
      overrides.put(header.getValue(), value);
    }
    return overrides;
  }

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("response-content-type", "Content-Type");
    headers.put("response-content-language", "Content-Language");
    headers.put("response-expires", "Expires");
    headers.put("response-cache-control", "Cache-Control");
    headers.put("response-content-disposition", "Content-Disposition");
    headers.put("response-content-encoding", "Content-Encoding");
    return Collections.unmodifiableMap(headers);
  }
}
