package dev.ossdirect.bench.report;

import java.util.Arrays;
import java.util.List;

/** A set of measurements of one quantity, and the order statistics the report gives of them. */
public final class Samples {

  private final double[] sorted;

  public Samples(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    sorted = values.clone();
    Arrays.sort(sorted);
  }

  public static Samples of(List<Double> values) {
    return new Samples(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public int count() {
    return sorted.length;
  }

  public double median() {
    return percentile(50);
  }

  /** The {@code p}-th percentile, nearest rank. */
  public double percentile(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  /** {@code min–max}, formatted with {@code format}: the spread the report shows. */
  public String range(java.util.function.DoubleFunction<String> format) {
    return format.apply(min()) + "–" + format.apply(max());
  }
}
