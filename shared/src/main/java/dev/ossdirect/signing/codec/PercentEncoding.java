package dev.ossdirect.signing.codec;

/**
 * Percent-encoding by Alibaba Cloud's rules (RFC 3986 section 2): the UTF-8 bytes of the text, with only
 * the unreserved characters {@code A-Z a-z 0-9 - _ . ~} left as they are and every other byte written as
 * {@code %XX} in upper-case hex. A space becomes {@code %20}, never {@code +}.
 *
 * <p>This is what the official SDKs produce with
 * {@code URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~")}.
 */
public final class PercentEncoding {

  /** {@code %XX} for every byte value. */
  private static final String[] ESCAPES = new String[0x100];
  /** {@code %25XX} for every byte value: the escape {@code %XX} percent-encoded again. */
  private static final String[] ESCAPES_TWICE = new String[0x100];
  /** Whether each ASCII character is unreserved: one look-up instead of seven comparisons. */
  private static final boolean[] UNRESERVED = new boolean[0x80];

  static {
    String upperHex = "0123456789ABCDEF";
    for (int b = 0; b < ESCAPES.length; b++) {
      ESCAPES[b] = "%" + upperHex.charAt(b >> 4) + upperHex.charAt(b & 0x0f);
      ESCAPES_TWICE[b] = "%25" + ESCAPES[b].substring(1);
    }
    for (char c = 0; c < 0x80; c++) {
      UNRESERVED[c] = (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~';
    }
  }

  private PercentEncoding() {}

  /** {@code text} with every byte but the unreserved characters percent-encoded. */
  public static String encode(String text) {
    return encode(text, false);
  }

  /** Like {@link #encode(String)}, but {@code /} is also left as it is: for URL paths and OSS keys. */
  public static String encodePath(String text) {
    return encode(text, true);
  }

  /** Appends {@link #encode encode(text)} to {@code out}. */
  public static void appendEncoded(StringBuilder out, String text) {
    appendEncoded(out, text, 0, false, ESCAPES);
  }

  /**
   * Appends {@code encode(encode(text))} to {@code out}, in one pass: the first encoding leaves only
   * unreserved characters and {@code %XX} escapes, and the second changes only each escape's {@code %},
   * so every byte the first would escape is written {@code %25XX} at once. Signatures that encode a
   * string of encoded parts again (RPC V1's string to sign) build it this way without the string between.
   */
  public static void appendEncodedTwice(StringBuilder out, String text) {
    appendEncoded(out, text, 0, false, ESCAPES_TWICE);
  }

  /**
   * Decodes {@code %XX} escapes (and nothing else: {@code +} stays {@code +}). The decoded bytes must be
   * well-formed UTF-8, and the text itself well-formed UTF-16. Throws {@link IllegalArgumentException} on a
   * broken escape, invalid UTF-8 or an unpaired surrogate: text that has no UTF-8 form cannot have come
   * from a URL, and passing it through unchanged only when it has no escape would decode the same text two
   * ways.
   */
  public static String decode(String text) {
    return decode(text, false);
  }

  /**
   * Decodes a component of an {@code application/x-www-form-urlencoded} query, where {@code +} also means
   * a space. This is how servers read the query strings that the official Java SDKs send.
   */
  public static String decodeQueryComponent(String text) {
    return decode(text, true);
  }

  /** Whether {@code c} is one of RFC 3986's unreserved characters. */
  public static boolean isUnreserved(char c) {
    return c < 0x80 && UNRESERVED[c];
  }

  /**
   * Copies runs of kept characters whole and writes each other byte from {@link #ESCAPES}, rather than
   * encoding the text to a {@code byte[]} and writing a {@code char[]} back: in GWT's JavaScript both
   * arrays are arrays of numbers handled one element at a time, while a run is one substring. Only a run
   * of non-ASCII characters is encoded to UTF-8 bytes, whole, so that no surrogate pair is split.
   */
  private static String encode(String text, boolean keepSlash) {
    int count = text.length();
    int i = 0;
    while (i < count && keeps(text.charAt(i), keepSlash)) {
      i++;
    }
    if (i == count) {
      return text;
    }
    StringBuilder out = new StringBuilder(count + count / 2);
    out.append(text, 0, i);
    appendEncoded(out, text, i, keepSlash, ESCAPES);
    return out.toString();
  }

  /** Appends the encoding of {@code text} from index {@code from} on, each escaped byte from {@code escapes}. */
  private static void appendEncoded(
      StringBuilder out, String text, int from, boolean keepSlash, String[] escapes) {
    int count = text.length();
    int i = from;
    while (i < count) {
      char c = text.charAt(i);
      int start = i;
      if (keeps(c, keepSlash)) {
        do {
          i++;
        } while (i < count && keeps(text.charAt(i), keepSlash));
        out.append(text, start, i);
      } else if (c < 0x80) {
        out.append(escapes[c]);
        i++;
      } else {
        do {
          i++;
        } while (i < count && text.charAt(i) >= 0x80);
        for (byte b : Utf8.encode(text.substring(start, i))) {
          out.append(escapes[b & 0xff]);
        }
      }
    }
  }

  private static boolean keeps(char c, boolean keepSlash) {
    return isUnreserved(c) || (keepSlash && c == '/');
  }

  private static String decode(String text, boolean plusIsSpace) {
    int unpaired = Utf8.firstUnpairedSurrogate(text);
    if (unpaired >= 0) {
      throw new IllegalArgumentException("Unpaired surrogate at index " + unpaired);
    }
    if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
      return text;
    }
    byte[] utf8 = Utf8.encode(text);
    byte[] out = new byte[utf8.length];
    int length = 0;
    for (int i = 0; i < utf8.length; i++) {
      byte b = utf8[i];
      if (b == '%') {
        if (i + 2 >= utf8.length) {
          throw new IllegalArgumentException("Incomplete percent escape at index " + i);
        }
        int high = Hex.digitValue((char) (utf8[i + 1] & 0xff));
        int low = Hex.digitValue((char) (utf8[i + 2] & 0xff));
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("Invalid percent escape at index " + i);
        }
        out[length++] = (byte) ((high << 4) | low);
        i += 2;
      } else if (plusIsSpace && b == '+') {
        out[length++] = ' ';
      } else {
        out[length++] = b;
      }
    }
    return Utf8.decode(out, 0, length);
  }
}
