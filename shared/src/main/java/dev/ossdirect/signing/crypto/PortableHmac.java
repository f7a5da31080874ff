package dev.ossdirect.signing.crypto;

import java.util.Arrays;

/**
 * HMAC (RFC 2104) in plain Java, for the browser: GWT compiles {@link Hmac} to calls of this class.
 * {@code H((K' ^ opad) || H((K' ^ ipad) || message))}, where {@code K'} is the key padded with zeros to
 * the block length, or first hashed when it is longer than a block.
 *
 * <p>An instance holds one key, with the hash's chaining values after its inner and outer padded key
 * blocks: those two compressions are done once per key, not once per message, since a browser signs
 * every request of a session with the same secret. Not thread-safe.
 */
final class PortableHmac {

  private static final byte INNER_PAD = 0x36;
  private static final byte OUTER_PAD = 0x5c;

  private final BlockDigest digest;
  private final byte[] key;
  private final int[] innerStart;
  private final int[] outerStart;

  private PortableHmac(BlockDigest digest, byte[] key) {
    this.digest = digest;
    this.key = Arrays.copyOf(key, key.length);
    int blockLength = digest.blockLength();
    byte[] paddedKey = new byte[blockLength];
    if (key.length > blockLength) {
      digest.update(key);
      byte[] hashedKey = digest.digest();
      System.arraycopy(hashedKey, 0, paddedKey, 0, hashedKey.length);
    } else {
      System.arraycopy(key, 0, paddedKey, 0, key.length);
    }
    innerStart = chainingValueAfter(paddedKey, INNER_PAD);
    outerStart = chainingValueAfter(paddedKey, OUTER_PAD);
  }

  /** HMAC-SHA1 under {@code key}. */
  static PortableHmac sha1(byte[] key) {
    return new PortableHmac(new PortableSha1(), key);
  }

  /** HMAC-SHA256 under {@code key}. */
  static PortableHmac sha256(byte[] key) {
    return new PortableHmac(new PortableSha256(), key);
  }

  /** HMAC-SHA1 of {@code message} under {@code key}. */
  static byte[] sha1(byte[] key, byte[] message) {
    return sha1(key).mac(message);
  }

  /** HMAC-SHA256 of {@code message} under {@code key}. */
  static byte[] sha256(byte[] key, byte[] message) {
    return sha256(key).mac(message);
  }

  /** Whether this instance's key is {@code candidate}, compared byte for byte. */
  boolean hasKey(byte[] candidate) {
    return Arrays.equals(key, candidate);
  }

  /** The MAC of {@code message}. */
  byte[] mac(byte[] message) {
    digest.resume(innerStart, digest.blockLength());
    digest.update(message);
    return finish();
  }

  /** The MAC of the UTF-8 bytes of {@code message}, fed to the hash without a {@code byte[]} of them. */
  byte[] macOfUtf8(String message) {
    digest.resume(innerStart, digest.blockLength());
    digest.updateUtf8(message);
    return finish();
  }

  private byte[] finish() {
    byte[] inner = digest.digest();
    digest.resume(outerStart, digest.blockLength());
    digest.update(inner);
    return digest.digest();
  }

  private int[] chainingValueAfter(byte[] paddedKey, byte pad) {
    byte[] block = new byte[paddedKey.length];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) (paddedKey[i] ^ pad);
    }
    digest.update(block);
    int[] chainingValue = digest.chainingValue();
    digest.reset();
    return chainingValue;
  }
}
