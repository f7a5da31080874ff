package dev.ossdirect.client.oss;

/** How uploads are signed, as the server's configuration says. */
public enum OssSignatureVersion {
  /** OSS4-HMAC-SHA256, the only version new buckets accept. */
  V4,
  /** The older HMAC-SHA1 signature, for buckets that still need it. */
  V1;

  /** {@link #V1} for {@code "v1"}; {@link #V4} for anything else, since it is the default. */
  public static OssSignatureVersion fromWireName(String name) {
    return "v1".equalsIgnoreCase(name) ? V1 : V4;
  }
}
