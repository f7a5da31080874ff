package dev.ossdirect.signing.upload;

import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.codec.Hex;

/**
 * Names the objects uploads create: {@code <session folder><random UUID>-<file name>}.
 *
 * <p>The UUID keeps two files of the same name apart and makes keys unguessable. The file name is kept
 * for people reading the bucket, but only in a safe form: ASCII letters, digits, {@code - _ .}, no
 * folders, at most {@value #MAX_NAME_LENGTH} characters, the extension kept (in lower case) so that the
 * type stays recognisable.
 *
 * <p>In the server-signed flow the server names every object (the browser only proposes the file name);
 * in the browser-token flow the page does. Both use this class, so the bucket looks the same either way.
 */
public final class ObjectKeys {

  static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_EXTENSION_LENGTH = 10;
  private static final String FALLBACK_NAME = "file";

  private ObjectKeys() {}

  /** A new key in {@code uploadPrefix} for a file named {@code fileName}. */
  public static String forUpload(String uploadPrefix, String fileName, RandomSource random) {
    return uploadPrefix + randomUuid(random) + "-" + sanitize(fileName);
  }

  /** A random (version 4) UUID in its usual form, {@code 8-4-4-4-12} lower-case hex digits. */
  public static String randomUuid(RandomSource random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    String hex = Hex.encode(bytes);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  /** {@code fileName} reduced to the safe form described above; never empty. */
  public static String sanitize(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    String extension = "";
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      String candidate = Ascii.toLowerCase(safeCharacters(name.substring(dot + 1)));
      if (!candidate.isEmpty() && candidate.length() <= MAX_EXTENSION_LENGTH
          && candidate.indexOf('-') < 0 && candidate.indexOf('.') < 0) {
        extension = "." + candidate;
        name = name.substring(0, dot);
      }
    }
    String base = safeCharacters(name);
    int maxBase = MAX_NAME_LENGTH - extension.length();
    if (base.length() > maxBase) {
      base = trimSeparators(base.substring(0, maxBase));
    }
    return (base.isEmpty() ? FALLBACK_NAME : base) + extension;
  }

  /**
   * {@code text} with every character outside {@code A-Z a-z 0-9 - _ .} replaced by {@code -}, runs of
   * {@code -} collapsed, and separators trimmed from both ends.
   */
  private static String safeCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.';
      char kept = safe ? c : '-';
      if (kept != '-' || out.length() == 0 || out.charAt(out.length() - 1) != '-') {
        out.append(kept);
      }
    }
    return trimSeparators(out.toString());
  }

  private static String trimSeparators(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSeparator(text.charAt(start))) {
      start++;
    }
    while (end > start && isSeparator(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '.' || c == '_';
  }
}
