package dev.ossdirect.bench.report;

import java.util.Locale;

/** How the report writes numbers, the same way in every table. */
public final class Figures {

  private Figures() {}

  /** A count or rate with thousands separators and no decimals, e.g. {@code 1,234,567}. */
  public static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A value with {@code decimals} decimals. */
  public static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Milliseconds, with one decimal below 100 ms. */
  public static String millis(double value) {
    return value < 100 ? decimal(value, 1) + " ms" : whole(value) + " ms";
  }

  /** A ratio, e.g. {@code 1.84×}. */
  public static String ratio(double value) {
    return decimal(value, value < 10 ? 2 : 1) + "×";
  }

  /** Bytes as KiB with one decimal, with the exact count, e.g. {@code 41.2 KiB (42,188 B)}. */
  public static String bytes(long value) {
    return decimal(value / 1024.0, 1) + " KiB (" + whole(value) + " B)";
  }

  /** Bytes per second as MB/s (10^6 bytes). */
  public static String megabytesPerSecond(double bytesPerSecond) {
    return decimal(bytesPerSecond / 1e6, 1) + " MB/s";
  }

  /** Bytes as MiB with one decimal. */
  public static String mebibytes(double value) {
    return decimal(value / (1024.0 * 1024.0), 1) + " MiB";
  }
}
