package dev.ossdirect.signing.token;

/** Which OSS signature the uploads carry: V4 by default, V1 for buckets that still need it. */
public enum OssSignatureVersion {
  /** OSS4-HMAC-SHA256, the only version new buckets accept. */
  V4("v4"),
  /** The older HMAC-SHA1 signature, for buckets that still need it. */
  V1("v1");

  private final String wireName;

  OssSignatureVersion(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the server's settings and in the token answer. */
  public String wireName() {
    return wireName;
  }

  /** {@link #V1} for {@code "v1"}, in any case; {@link #V4} for anything else, since it is the default. */
  public static OssSignatureVersion fromWireName(String name) {
    return V1.wireName.equalsIgnoreCase(name) ? V1 : V4;
  }
}
