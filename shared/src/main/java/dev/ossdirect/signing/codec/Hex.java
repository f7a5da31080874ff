package dev.ossdirect.signing.codec;

/** Hexadecimal text: lower case when encoding, either case when decoding. */
public final class Hex {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /** Two lower-case hexadecimal digits per byte of {@code bytes}. */
  public static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >> 4) & 0x0f];
      out[2 * i + 1] = DIGITS[bytes[i] & 0x0f];
    }
    return new String(out);
  }

  /**
   * Writes the two lower-case hexadecimal digits of each byte of {@code bytes}, as ASCII, into {@code out}
   * from {@code offset}: for text that goes on to be hashed or signed as bytes, without a string between.
   */
  public static void encode(byte[] bytes, byte[] out, int offset) {
    for (int i = 0; i < bytes.length; i++) {
      out[offset + 2 * i] = (byte) DIGITS[(bytes[i] >> 4) & 0x0f];
      out[offset + 2 * i + 1] = (byte) DIGITS[bytes[i] & 0x0f];
    }
  }

  /** The bytes that {@code text} spells; throws {@link IllegalArgumentException} if it is not hex. */
  public static byte[] decode(String text) {
    if (text.length() % 2 != 0) {
      throw new IllegalArgumentException("Hex text must have an even length");
    }
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((digit(text, 2 * i) << 4) | digit(text, 2 * i + 1));
    }
    return out;
  }

  /** The value of the hexadecimal digit {@code c}, or -1 if it is not one. */
  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static int digit(String text, int index) {
    int value = digitValue(text.charAt(index));
    if (value < 0) {
      throw new IllegalArgumentException("Invalid hex digit at index " + index);
    }
    return value;
  }
}
