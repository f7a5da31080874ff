package dev.ossdirect.bench.jvm;

/** Stops a benchmark whose two sides do not produce the same signature: timing them would mean nothing. */
final class SignatureAgreement {

  private SignatureAgreement() {}

  static void require(String scheme, String ours, String official) {
    if (!ours.equals(official)) {
      throw new IllegalStateException(
          scheme + ": the signatures differ, so the benchmark would compare different work.\n  ours:     "
              + ours + "\n  official: " + official);
    }
  }
}
