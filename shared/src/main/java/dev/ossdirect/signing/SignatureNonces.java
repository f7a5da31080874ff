package dev.ossdirect.signing;

import dev.ossdirect.signing.codec.Hex;

/**
 * The nonces that make each signed RPC call unique (RPC V1's {@code SignatureNonce}, ACS3's
 * {@code x-acs-signature-nonce}): 16 random bytes in hex, 32 characters, as long as the official SDKs' own.
 */
public final class SignatureNonces {

  private static final int NONCE_BYTES = 16;

  private SignatureNonces() {}

  /** A new nonce from {@code random}. */
  public static String next(RandomSource random) {
    byte[] bytes = new byte[NONCE_BYTES];
    random.nextBytes(bytes);
    return Hex.encode(bytes);
  }
}
