package dev.ossdirect.reliability.report;

/** The parts of RELIABILITY.md, in order: one for each way the suite tries to break the system. */
public enum Section {
  TAMPER("Tamper matrix",
      "A request made by Alibaba's official SDK is accepted as captured; then one part at a time is changed"
          + " and the request sent raw. A change to a signed part must get its precise error code; a change"
          + " to an unsigned part must still be accepted."),
  TIME("Time and replay",
      "The local cloud runs on a clock the tests move: request dates near the 15-minute window, a replayed"
          + " signature nonce, STS tokens and signed URLs at their expiry."),
  POLICY("Policy",
      "What the server's per-session STS token may do, and what a session policy can and cannot add."),
  HOSTILE("Hostile keys and bodies",
      "Each request must get a clean refusal in its protocol's format (OSS XML or RPC JSON): a 4xx, or 501"
          + " NotImplemented for what the local cloud does not implement. It must leave nothing"
          + " written outside the data folder (the folder's parent is listed before and after), no"
          + " temporary file, and the objects already stored intact."),
  FUZZ("Fuzzing with Jazzer",
      "Coverage-guided fuzzing of the codecs, canonicalizers and parsers: no exception may escape but the"
          + " documented rejection, and each codec must agree with the JDK or Alibaba's SDK where they"
          + " define the same function. Cases are fuzzer executions."),
  CRASH("Crash safety",
      "The local cloud runs in a JVM of its own and is killed with SIGKILL during concurrent uploads, then"
          + " restarted on its data folder."),
  LOAD("Load",
      "Concurrent uploads, token bursts over the rate limit, slow clients, and decompression bombs sent to"
          + " IMM all at once."),
  SECRETS("Secrets",
      "A whole run in Chromium: every server log line and every HTTP response the browser sees is searched"
          + " for secrets."),
  RESPONSES("What answers carry",
      "Whatever the request, every answer of the app and of the local cloud carries the security headers,"
          + " and none gives away what its caller must not see: the bytes of an object, a security token, the"
          + " build's own files.");

  private final String title;
  private final String explanation;

  Section(String title, String explanation) {
    this.title = title;
    this.explanation = explanation;
  }

  public String title() {
    return title;
  }

  /** What the rows of this section have in common, said once above its table. */
  public String explanation() {
    return explanation;
  }
}
