package dev.ossdirect.localcloud.oss;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** Test bytes and the digests OSS reports for them. */
final class OssBytes {

  private OssBytes() {}

  /** {@code length} pseudo-random bytes, the same for the same {@code seed}. */
  static byte[] random(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static byte[] md5(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("MD5").digest(bytes);
  }

  /** The entity tag OSS gives a simple object: its upper-case hex MD5. */
  static String etag(byte[] bytes) throws Exception {
    return HexFormat.of().withUpperCase().formatHex(md5(bytes));
  }

  /** The {@code Content-MD5} header of {@code bytes}. */
  static String contentMd5(byte[] bytes) throws Exception {
    return Base64.getEncoder().encodeToString(md5(bytes));
  }
}
