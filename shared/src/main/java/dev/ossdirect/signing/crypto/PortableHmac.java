package dev.ossdirect.signing.crypto;

import java.util.function.Supplier;

/**
 * HMAC (RFC 2104) in plain Java, for the browser: GWT compiles {@link Hmac} to calls of this class.
 * {@code H((K' ^ opad) || H((K' ^ ipad) || message))}, where {@code K'} is the key padded with zeros to
 * the block length, or first hashed when it is longer than a block.
 */
final class PortableHmac {

  private static final byte INNER_PAD = 0x36;
  private static final byte OUTER_PAD = 0x5c;

  private PortableHmac() {}

  /** HMAC-SHA1 of {@code message} under {@code key}. */
  static byte[] sha1(byte[] key, byte[] message) {
    return compute(PortableSha1::new, key, message);
  }

  /** HMAC-SHA256 of {@code message} under {@code key}. */
  static byte[] sha256(byte[] key, byte[] message) {
    return compute(PortableSha256::new, key, message);
  }

  /** HMAC of {@code message} under {@code key} with the hash function that {@code digests} creates. */
  static byte[] compute(Supplier<Digest> digests, byte[] key, byte[] message) {
    Digest digest = digests.get();
    int blockLength = digest.blockLength();
    byte[] paddedKey = new byte[blockLength];
    if (key.length > blockLength) {
      digest.update(key);
      byte[] hashedKey = digest.digest();
      System.arraycopy(hashedKey, 0, paddedKey, 0, hashedKey.length);
    } else {
      System.arraycopy(key, 0, paddedKey, 0, key.length);
    }
    byte[] pad = new byte[blockLength];
    for (int i = 0; i < blockLength; i++) {
      pad[i] = (byte) (paddedKey[i] ^ INNER_PAD);
    }
    digest.update(pad);
    digest.update(message);
    byte[] inner = digest.digest();
    for (int i = 0; i < blockLength; i++) {
      pad[i] = (byte) (paddedKey[i] ^ OUTER_PAD);
    }
    digest.update(pad);
    digest.update(inner);
    return digest.digest();
  }
}
