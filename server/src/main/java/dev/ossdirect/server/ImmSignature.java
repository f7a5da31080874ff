package dev.ossdirect.server;

/** How the browser signs its IMM calls: RPC signature V1 (the default, as Alibaba's tutorial does) or ACS3. */
public enum ImmSignature {
  RPC_V1("rpc-v1"),
  ACS3("acs3");

  private final String wireName;

  ImmSignature(String wireName) {
    this.wireName = wireName;
  }

  /** The name the token response uses. */
  public String wireName() {
    return wireName;
  }
}
