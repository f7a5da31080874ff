package dev.ossdirect.signing.codec;

/**
 * Base64 with the standard alphabet and padding (RFC 4648 section 4), as
 * {@code java.util.Base64.getEncoder()} writes it. Decoding requires canonical padding and rejects any
 * character outside the alphabet.
 */
public final class Base64 {

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  private static final int[] VALUES = new int[128];

  static {
    for (int i = 0; i < VALUES.length; i++) {
      VALUES[i] = -1;
    }
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = i;
    }
  }

  private Base64() {}

  /** The Base64 text of {@code bytes}. */
  public static String encode(byte[] bytes) {
    char[] out = new char[(bytes.length + 2) / 3 * 4];
    int position = 0;
    int i = 0;
    while (i + 3 <= bytes.length) {
      int group = ((bytes[i] & 0xff) << 16) | ((bytes[i + 1] & 0xff) << 8) | (bytes[i + 2] & 0xff);
      out[position++] = ALPHABET[group >>> 18];
      out[position++] = ALPHABET[(group >>> 12) & 0x3f];
      out[position++] = ALPHABET[(group >>> 6) & 0x3f];
      out[position++] = ALPHABET[group & 0x3f];
      i += 3;
    }
    int remaining = bytes.length - i;
    if (remaining == 1) {
      int group = (bytes[i] & 0xff) << 16;
      out[position++] = ALPHABET[group >>> 18];
      out[position++] = ALPHABET[(group >>> 12) & 0x3f];
      out[position++] = '=';
      out[position] = '=';
    } else if (remaining == 2) {
      int group = ((bytes[i] & 0xff) << 16) | ((bytes[i + 1] & 0xff) << 8);
      out[position++] = ALPHABET[group >>> 18];
      out[position++] = ALPHABET[(group >>> 12) & 0x3f];
      out[position++] = ALPHABET[(group >>> 6) & 0x3f];
      out[position] = '=';
    }
    return new String(out);
  }

  /** The bytes that {@code text} encodes; throws {@link IllegalArgumentException} if it is not Base64. */
  public static byte[] decode(String text) {
    int length = text.length();
    if (length % 4 != 0) {
      throw new IllegalArgumentException("Base64 length must be a multiple of 4");
    }
    int padding = 0;
    if (length > 0 && text.charAt(length - 1) == '=') {
      padding = text.charAt(length - 2) == '=' ? 2 : 1;
    }
    byte[] out = new byte[length / 4 * 3 - padding];
    int position = 0;
    for (int i = 0; i < length; i += 4) {
      boolean last = i + 4 == length;
      int c0 = value(text, i);
      int c1 = value(text, i + 1);
      int c2 = last && padding == 2 ? 0 : value(text, i + 2);
      int c3 = last && padding >= 1 ? 0 : value(text, i + 3);
      int group = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
      out[position++] = (byte) (group >>> 16);
      if (position < out.length) {
        out[position++] = (byte) (group >>> 8);
      }
      if (position < out.length) {
        out[position++] = (byte) group;
      }
      if (last && padding > 0 && (group & (padding == 2 ? 0xffff : 0xff)) != 0) {
        throw new IllegalArgumentException("Base64 has non-zero bits before its padding");
      }
    }
    return out;
  }

  private static int value(String text, int index) {
    char c = text.charAt(index);
    int value = c < VALUES.length ? VALUES[c] : -1;
    if (value < 0) {
      throw new IllegalArgumentException("Invalid Base64 character at index " + index);
    }
    return value;
  }
}
