package dev.ossdirect.reliability.fuzz;

/**
 * Text for the fuzz targets, made from raw fuzzer bytes: any UTF-16 code units at all (lone surrogates
 * included), or only well-formed text where an official SDK or the JDK, used as the reference, cannot take
 * anything else.
 */
final class FuzzText {

  private FuzzText() {}

  /** Every two bytes from {@code offset} as one UTF-16 code unit, whatever it is. */
  static String anyCodeUnits(byte[] bytes, int offset) {
    StringBuilder text = new StringBuilder();
    for (int i = offset; i + 1 < bytes.length; i += 2) {
      text.append((char) (((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
    }
    return text.toString();
  }

  /** {@code text} without its unpaired surrogates, which have no UTF-8 form. */
  static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
