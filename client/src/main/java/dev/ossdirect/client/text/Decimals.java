package dev.ossdirect.client.text;

/**
 * Writes numbers for people: rounded to a few decimals, trailing zeros dropped, a real minus sign.
 * Hand-written because {@code String.format} would pull a large part of the JRE emulation into the
 * browser's script, and because {@code Double.toString} differs between the JVM ("45.0") and JavaScript
 * ("45").
 */
public final class Decimals {

  /** U+2212, which screen readers read as "minus", unlike a hyphen. */
  static final String MINUS = "\u2212";

  private Decimals() {}

  /** {@code value} rounded to at most {@code maxDecimals} (0 to 6) decimals: 0.984 → "0.98" for 2. */
  public static String format(double value, int maxDecimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "\u2014";
    }
    double scale = 1;
    for (int i = 0; i < maxDecimals; i++) {
      scale *= 10;
    }
    double scaled = Math.floor(Math.abs(value) * scale + 0.5);
    double fractionDigits = scaled % scale;
    StringBuilder out = new StringBuilder();
    if (value < 0 && scaled != 0) {
      out.append(MINUS);
    }
    out.append(WholeNumbers.format((scaled - fractionDigits) / scale));
    String fraction = WholeNumbers.format(fractionDigits + scale).substring(1);
    int end = fraction.length();
    while (end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 0) {
      out.append('.').append(fraction, 0, end);
    }
    return out.toString();
  }

  /** A fraction from 0 to 1 as a percentage with at most one decimal: 0.984 → "98.4%". */
  public static String percent(double fraction) {
    return format(fraction * 100, 1) + "%";
  }
}
