package dev.ossdirect.signing.token;

/** How the browser signs its IMM calls. */
public enum ImmSignature {
  /** RPC signature V1 (HMAC-SHA1), every parameter in the query string, as Alibaba's tutorial does. */
  RPC_V1("rpc-v1"),
  /** ACS3-HMAC-SHA256, Alibaba's newer scheme, with the signature in headers. */
  ACS3("acs3");

  private final String wireName;

  ImmSignature(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the server's settings, the token answer and the page's selector. */
  public String wireName() {
    return wireName;
  }

  /** {@link #ACS3} for {@code "acs3"}, in any case; {@link #RPC_V1} for anything else, since it is the default. */
  public static ImmSignature fromWireName(String name) {
    return ACS3.wireName.equalsIgnoreCase(name) ? ACS3 : RPC_V1;
  }
}
