package dev.ossdirect.bench.report;

/**
 * One headline ratio of the run, for the chart: how many times better ours did than the reference
 * measured in the same run, whatever the unit. Above 1 we are better (faster, or smaller), below 1 worse.
 *
 * @param label what was compared, short enough for a chart row
 * @param advantage reference ÷ ours for costs (time, bytes), ours ÷ reference for rates
 */
public record Headline(String label, double advantage) {

  /** The headline of a rate (operations or bytes per second): higher is better. */
  public static Headline ofRates(String label, double ours, double reference) {
    return new Headline(label, ours / reference);
  }

  /** The headline of a cost (time, bytes): lower is better. */
  public static Headline ofCosts(String label, double ours, double reference) {
    return new Headline(label, reference / ours);
  }
}
