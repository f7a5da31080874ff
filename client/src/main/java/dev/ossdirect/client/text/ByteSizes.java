package dev.ossdirect.client.text;

/**
 * Writes byte counts for people in binary units: "812 B", "4.8 MiB", "48 MiB", "1.25 GiB". Three
 * significant digits at most, so that a figure that changes many times a second stays readable.
 */
public final class ByteSizes {

  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

  private ByteSizes() {}

  public static String format(long bytes) {
    if (bytes < 1024) {
      return (int) bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return Decimals.format(value, decimals) + " " + UNITS[unit];
  }

  /** A speed: "3.2 MiB/s". */
  public static String perSecond(double bytesPerSecond) {
    return format((long) bytesPerSecond) + "/s";
  }
}
