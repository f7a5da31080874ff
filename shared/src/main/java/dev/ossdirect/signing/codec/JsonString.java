package dev.ossdirect.signing.codec;

/**
 * JSON string literals, escaped as Alibaba's Java OSS SDK escapes the values of a POST policy, so that a
 * policy written here is, byte for byte, the one the SDK writes and signs:
 *
 * <ul>
 *   <li>{@code "} {@code \} and {@code /} get a backslash; backspace, form feed, line feed, carriage
 *       return and tab become {@code \b \f \n \r \t};
 *   <li>other control characters (U+0000 to U+001F and U+007F to U+009F) and U+2000 to U+20FF, which holds
 *       the line and paragraph separators that end a JavaScript string, become {@code \}{@code uXXXX} with
 *       upper-case hex digits;
 *   <li>every other character, non-ASCII included, is written as it is.
 * </ul>
 *
 * <p>Any JSON parser reads the result back to the same string.
 */
public final class JsonString {

  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

  private JsonString() {}

  /** {@code text} as a JSON string literal, quotes included. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '/':
          out.append("\\/");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) {
            out.append("\\u")
                .append(UPPER_HEX[(c >> 12) & 0xf])
                .append(UPPER_HEX[(c >> 8) & 0xf])
                .append(UPPER_HEX[(c >> 4) & 0xf])
                .append(UPPER_HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
