package dev.ossdirect.bench.report;

import java.util.ArrayList;
import java.util.List;

/** BENCHMARKS.md: where and when the run happened, its headline ratios, then each benchmark's section. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * @param conditions the run's conditions, one Markdown list item each (machine, date, load…)
   * @param chartFile the chart's file name, next to the report
   */
  public static String write(List<String> conditions, List<Section> sections, String chartFile) {
    StringBuilder out = new StringBuilder("# Benchmarks\n\n");
    out.append("Written by `mvn -B -P bench -DskipTests verify` (see README.md, \"Benchmarks\"). Every figure "
        + "below comes from one run of that command; each ratio compares two measurements taken in that same run, "
        + "on a shared machine, so the ratios matter more than the absolute figures. Where a figure has a spread, "
        + "it is that run's.\n\n");
    for (String condition : conditions) {
      out.append("- ").append(condition).append('\n');
    }
    out.append("\n## Headlines\n\n");
    out.append("How many times better ours did than the reference, measured side by side: above 1× we are "
        + "faster (or smaller), below 1× slower (or larger).\n\n");
    Table headlines = new Table("comparison", "ours vs reference");
    List<Headline> all = new ArrayList<>();
    for (Section section : sections) {
      for (Headline headline : section.headlines()) {
        headlines.row(headline.label(), Figures.ratio(headline.advantage()));
        all.add(headline);
      }
    }
    out.append(headlines.markdown()).append('\n');
    if (!all.isEmpty()) {
      out.append("![The headline ratios](").append(chartFile).append(")\n\n");
    }
    for (Section section : sections) {
      out.append(section.markdown());
    }
    return out.toString();
  }
}
