package dev.ossdirect.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape in Prometheus's text format, read back into its samples, for tests. */
final class PrometheusText {

  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  /** One sample: its metric name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples = new ArrayList<>();

  PrometheusText(String text) {
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new IllegalArgumentException("Not a sample: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
  }

  /** The value of the sample {@code name} whose labels include all of {@code labels}; 0 when there is none. */
  double value(String name, String... labels) {
    double total = 0;
    for (Sample sample : samples) {
      if (sample.name().equals(name) && hasAll(sample.labels(), labels)) {
        total += sample.value();
      }
    }
    return total;
  }

  /** Every label value of every sample. */
  List<String> labelValues() {
    return samples.stream().flatMap(sample -> sample.labels().values().stream()).toList();
  }

  private static boolean hasAll(Map<String, String> actual, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (!pairs[i + 1].equals(actual.get(pairs[i]))) {
        return false;
      }
    }
    return true;
  }
}
