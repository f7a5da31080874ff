package dev.ossdirect.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * The headline ratios as an SVG bar chart: one row a headline, bars on a logarithmic axis that starts at
 * 1 (parity with the reference), to the right where we are better, to the left where we are worse. A log
 * axis, because 2× better and 2× worse must look equally far from parity.
 */
public final class RatioChart {

  private static final int LABEL_WIDTH = 380;
  private static final int PLOT_WIDTH = 520;
  private static final int VALUE_WIDTH = 150;
  private static final int ROW_HEIGHT = 26;
  private static final int TOP = 48;
  private static final int BOTTOM = 40;

  private RatioChart() {}

  public static String svg(String title, List<Headline> headlines) {
    double maxLog = 1; // at least 2× either way
    for (Headline headline : headlines) {
      maxLog = Math.max(maxLog, Math.ceil(Math.abs(log2(headline.advantage()))));
    }
    int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
    int height = TOP + headlines.size() * ROW_HEIGHT + BOTTOM;
    double center = LABEL_WIDTH + PLOT_WIDTH / 2.0;
    double unit = PLOT_WIDTH / 2.0 / maxLog;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"sans-serif\" font-size=\"13\">\n", width, height, width, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", width, height));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>\n", 10, escape(title)));
    for (int step = (int) -maxLog; step <= maxLog; step++) {
      double x = center + step * unit;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>\n", x, TOP - 6, x,
          TOP + headlines.size() * ROW_HEIGHT, step == 0 ? "#333333" : "#dddddd"));
      String tick = step >= 0 ? (int) Math.pow(2, step) + "×" : "1/" + (int) Math.pow(2, -step);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\" font-size=\"11\">%s</text>\n",
          x, TOP + headlines.size() * ROW_HEIGHT + 16, escape(tick)));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\" font-size=\"11\">"
            + "← reference better · ours better →</text>\n",
        center, TOP + headlines.size() * ROW_HEIGHT + 32));
    for (int i = 0; i < headlines.size(); i++) {
      Headline headline = headlines.get(i);
      double y = TOP + i * ROW_HEIGHT;
      double length = log2(headline.advantage()) * unit;
      boolean better = headline.advantage() >= 1;
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LABEL_WIDTH - 10, y + 17,
          escape(headline.label())));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
          better ? center : center + length, y + 5, Math.max(1, Math.abs(length)), ROW_HEIGHT - 10,
          better ? "#2e7d32" : "#c62828"));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\">%s</text>\n", LABEL_WIDTH + PLOT_WIDTH + 8, y + 17,
          escape(Figures.ratio(headline.advantage()))));
    }
    return svg.append("</svg>\n").toString();
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
