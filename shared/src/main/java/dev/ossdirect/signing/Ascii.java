package dev.ossdirect.signing;

/**
 * Locale-independent case folding for ASCII text such as HTTP header names. Unlike
 * {@code String.toLowerCase()}, it gives the same answer on every JVM locale and in the browser.
 */
public final class Ascii {

  private Ascii() {}

  /** {@code text} with {@code A-Z} mapped to {@code a-z} and every other character unchanged. */
  public static String toLowerCase(String text) {
    int count = text.length();
    int i = 0;
    while (i < count && !isUpperCase(text.charAt(i))) {
      i++;
    }
    if (i == count) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < count; i++) {
      if (isUpperCase(chars[i])) {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static boolean isUpperCase(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
