package dev.ossdirect.server;

/** Which OSS signature the browser uses: V4 by default, V1 for buckets that still need it. */
public enum OssSignatureVersion {
  V4("v4"),
  V1("v1");

  private final String wireName;

  OssSignatureVersion(String wireName) {
    this.wireName = wireName;
  }

  /** The name the token response uses. */
  public String wireName() {
    return wireName;
  }
}
