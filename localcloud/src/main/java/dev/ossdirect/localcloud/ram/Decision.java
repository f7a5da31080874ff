package dev.ossdirect.localcloud.ram;

/** What a policy says about one action on one resource. */
public enum Decision {
  /** A statement allows it and none denies it. */
  ALLOW,
  /** A statement denies it; this wins over any allow. */
  DENY,
  /** No statement mentions it, which means it is not allowed. */
  NOT_MENTIONED
}
