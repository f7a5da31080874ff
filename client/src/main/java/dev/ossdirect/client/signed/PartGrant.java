package dev.ossdirect.client.signed;

import dev.ossdirect.client.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part the server signed: the URL to send it to and the headers to send with it, signed for exactly the
 * part's size. It can be sent again while OSS still accepts the signature (15 minutes).
 */
public final class PartGrant {

  private final String url;
  private final Map<String, String> headers;

  private PartGrant(String url, Map<String, String> headers) {
    this.url = url;
    this.headers = Collections.unmodifiableMap(headers);
  }

  /** Reads the answer {@code body}; throws {@link IllegalArgumentException} naming what is missing. */
  public static PartGrant fromJson(String body) {
    JsonObject json = JsonObject.parse(body);
    JsonObject signed = json.object("Headers");
    if (signed == null) {
      throw new IllegalArgumentException("The server's answer has no Headers");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : signed.names()) {
      headers.put(name, signed.string(name));
    }
    return new PartGrant(UploadGrant.required(json, "Url"), headers);
  }

  public String url() {
    return url;
  }

  /** The signed headers: {@code authorization}, {@code x-oss-date} and the others the signature covers. */
  public Map<String, String> headers() {
    return headers;
  }
}
