package dev.ossdirect.client.signed;

import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.signing.NamedValues;

/**
 * One part the server signed: the URL to send it to and the headers to send with it, signed for exactly the
 * part's size. It can be sent again while OSS still accepts the signature (15 minutes).
 */
public final class PartGrant {

  private final String url;
  private final NamedValues headers;

  private PartGrant(String url, NamedValues headers) {
    this.url = url;
    this.headers = headers;
  }

  /** Reads the answer {@code body}; throws {@link IllegalArgumentException} naming what is missing. */
  public static PartGrant fromJson(String body) {
    JsonObject json = JsonObject.parse(body);
    JsonObject signed = json.object("Headers");
    if (signed == null) {
      throw new IllegalArgumentException("The server's answer has no Headers");
    }
    NamedValues headers = new NamedValues();
    for (String name : signed.names()) {
      headers.set(name, signed.string(name));
    }
    return new PartGrant(UploadGrant.required(json, "Url"), headers);
  }

  public String url() {
    return url;
  }

  /** The signed headers: {@code authorization}, {@code x-oss-date} and the others the signature covers. */
  public NamedValues headers() {
    return new NamedValues().setAll(headers);
  }
}
