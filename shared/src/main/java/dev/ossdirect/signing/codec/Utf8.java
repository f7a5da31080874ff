package dev.ossdirect.signing.codec;

/**
 * UTF-8 (RFC 3629).
 *
 * <p>Encoding matches {@code String.getBytes(StandardCharsets.UTF_8)}, including its one lossy rule: an
 * unpaired surrogate becomes {@code '?'}. Decoding is strict and rejects what is not well-formed UTF-8
 * (overlong forms, surrogates, values above U+10FFFF, truncated sequences), because a signature verifier
 * must not guess what a client meant.
 */
public final class Utf8 {

  private Utf8() {}

  /**
   * The UTF-8 bytes of {@code text}: on the JVM the JDK's encoder ({@link Utf8Encoder}), in the browser
   * {@link #encodeByHand}.
   */
  public static byte[] encode(String text) {
    return Utf8Encoder.encode(text);
  }

  /**
   * The UTF-8 bytes of {@code text}, encoded here char by char: the browser's encoder, which GWT's
   * {@link Utf8Encoder} calls, and the JDK's equal on the JVM.
   */
  static byte[] encodeByHand(String text) {
    int length = encodedLength(text);
    byte[] out = new byte[length];
    int position = 0;
    int count = text.length();
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[position++] = (byte) c;
      } else if (c < 0x800) {
        out[position++] = (byte) (0xc0 | (c >> 6));
        out[position++] = (byte) (0x80 | (c & 0x3f));
      } else if (isSurrogatePair(text, i)) {
        int codePoint = 0x10000 + ((c - 0xd800) << 10) + (text.charAt(i + 1) - 0xdc00);
        out[position++] = (byte) (0xf0 | (codePoint >> 18));
        out[position++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
        out[position++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
        out[position++] = (byte) (0x80 | (codePoint & 0x3f));
        i++;
      } else if (isSurrogate(c)) {
        out[position++] = (byte) '?';
      } else {
        out[position++] = (byte) (0xe0 | (c >> 12));
        out[position++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[position++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return out;
  }

  /** The number of bytes {@link #encode} produces for {@code text}. */
  public static int encodedLength(String text) {
    int length = 0;
    int count = text.length();
    for (int i = 0; i < count; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (isSurrogatePair(text, i)) {
        length += 4;
        i++;
      } else if (isSurrogate(c)) {
        length += 1;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /**
   * The index of the first surrogate in {@code text} that is not half of a pair, or -1 if there is none:
   * the text then has a UTF-8 form that decodes back to it.
   */
  public static int firstUnpairedSurrogate(String text) {
    int count = text.length();
    for (int i = 0; i < count; i++) {
      if (isSurrogatePair(text, i)) {
        i++;
      } else if (isSurrogate(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The text whose UTF-8 encoding is {@code bytes}, or an exception if they are not well-formed. */
  public static String decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes {@code length} bytes starting at {@code offset}; see {@link #decode(byte[])}. */
  public static String decode(byte[] bytes, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    int end = offset + length;
    int i = offset;
    while (i < end) {
      int lead = bytes[i] & 0xff;
      if (lead < 0x80) {
        out.append((char) lead);
        i++;
        continue;
      }
      int extra;
      int codePoint;
      int minimum;
      if (lead >= 0xc2 && lead <= 0xdf) {
        extra = 1;
        codePoint = lead & 0x1f;
        minimum = 0x80;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        extra = 2;
        codePoint = lead & 0x0f;
        minimum = 0x800;
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        extra = 3;
        codePoint = lead & 0x07;
        minimum = 0x10000;
      } else {
        throw new IllegalArgumentException("Invalid UTF-8 lead byte at index " + (i - offset));
      }
      if (i + extra >= end) {
        throw new IllegalArgumentException("Truncated UTF-8 sequence at index " + (i - offset));
      }
      for (int k = 1; k <= extra; k++) {
        int next = bytes[i + k] & 0xff;
        if ((next & 0xc0) != 0x80) {
          throw new IllegalArgumentException("Invalid UTF-8 continuation byte at index " + (i + k - offset));
        }
        codePoint = (codePoint << 6) | (next & 0x3f);
      }
      if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        throw new IllegalArgumentException("Invalid UTF-8 sequence at index " + (i - offset));
      }
      if (codePoint >= 0x10000) {
        int shifted = codePoint - 0x10000;
        out.append((char) (0xd800 + (shifted >> 10)));
        out.append((char) (0xdc00 + (shifted & 0x3ff)));
      } else {
        out.append((char) codePoint);
      }
      i += extra + 1;
    }
    return out.toString();
  }

  private static boolean isSurrogate(char c) {
    return c >= 0xd800 && c <= 0xdfff;
  }

  private static boolean isSurrogatePair(String text, int index) {
    char high = text.charAt(index);
    return high >= 0xd800
        && high <= 0xdbff
        && index + 1 < text.length()
        && text.charAt(index + 1) >= 0xdc00
        && text.charAt(index + 1) <= 0xdfff;
  }
}
