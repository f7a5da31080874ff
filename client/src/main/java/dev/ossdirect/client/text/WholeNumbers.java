package dev.ossdirect.client.text;

/**
 * Writes a whole number held in a {@code double}, as sizes and times are on the browser's side, in
 * plain decimal digits: "4294967296", never "4.294967296E9" or "45.0". Exact for magnitudes up to 2^53,
 * which every double in between holds exactly. The app writes numbers this way rather than as
 * {@code long}s, whose text GWT would build with its software {@code long} division.
 */
public final class WholeNumbers {

  private static final double INT_RANGE = 2_147_483_648.0;

  private WholeNumbers() {}

  /** The digits of {@code value}, with a minus sign if it is negative; {@code value} must be whole. */
  public static String format(double value) {
    if (value > -INT_RANGE && value < INT_RANGE) {
      return Integer.toString((int) value);
    }
    StringBuilder digits = new StringBuilder();
    double rest = Math.abs(value);
    while (rest > 0) {
      double digit = rest % 10;
      digits.insert(0, (char) ('0' + (int) digit));
      rest = (rest - digit) / 10;
    }
    return value < 0 ? "-" + digits : digits.toString();
  }
}
