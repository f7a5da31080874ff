package dev.ossdirect.signing.upload;

import dev.ossdirect.signing.Ascii;
import java.util.List;

/**
 * Whether the server's list of accepted media types accepts a file's type. The page checks before sending
 * anything; the server checks again before it signs, so both must read the list alike.
 */
public final class AllowedContentTypes {

  private AllowedContentTypes() {}

  /** Whether {@code allowed} (such as {@code image/png} or {@code image/*}) accepts {@code type}. */
  public static boolean accepts(String type, List<String> allowed) {
    if (type.isEmpty()) {
      return false;
    }
    for (String pattern : allowed) {
      String lower = Ascii.toLowerCase(pattern);
      if (lower.equals(type)
          || (lower.endsWith("/*") && type.startsWith(lower.substring(0, lower.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
