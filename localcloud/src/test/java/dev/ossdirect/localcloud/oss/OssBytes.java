package dev.ossdirect.localcloud.oss;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** Test bytes and the digests OSS reports for them. */
public final class OssBytes {

  private OssBytes() {}

  /** {@code length} pseudo-random bytes, the same for the same {@code seed}. */
  public static byte[] random(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  public static byte[] md5(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("MD5").digest(bytes);
  }

  /** The entity tag OSS gives a simple object: its upper-case hex MD5. */
  public static String etag(byte[] bytes) throws Exception {
    return HexFormat.of().withUpperCase().formatHex(md5(bytes));
  }

  /** The {@code Content-MD5} header of {@code bytes}. */
  public static String contentMd5(byte[] bytes) throws Exception {
    return Base64.getEncoder().encodeToString(md5(bytes));
  }
}
