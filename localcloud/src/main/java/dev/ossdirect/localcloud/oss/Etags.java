package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Hex;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Entity tags as OSS computes them, without their quotes: the upper-case hex MD5 of a simple object or a
 * part, and for an object assembled from parts the MD5 of the parts' binary MD5s joined together, followed
 * by {@code -} and the number of parts.
 */
final class Etags {

  private Etags() {}

  /** The entity tag of a body whose MD5 is {@code md5}. */
  static String of(byte[] md5) {
    return Hex.encode(md5).toUpperCase(Locale.ROOT);
  }

  /** The entity tag of an object assembled from parts whose entity tags are {@code partEtags}, in order. */
  static String ofParts(List<String> partEtags) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
    for (String etag : partEtags) {
      md5.update(Hex.decode(etag));
    }
    return of(md5.digest()) + "-" + partEtags.size();
  }

  /** {@code etag} without surrounding double quotes, as clients may send it either way. */
  static String unquote(String etag) {
    String trimmed = etag.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }

  /** Whether two entity tags, quoted or not, name the same content; hex digits may differ in case. */
  static boolean same(String a, String b) {
    return unquote(a).equalsIgnoreCase(unquote(b));
  }
}
