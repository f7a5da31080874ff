package dev.ossdirect.bench;

import dev.ossdirect.bench.report.Section;

/** One benchmark of the run: measures, and describes what it measured in a section of the report. */
public interface BenchmarkPart {

  /** A short name for progress lines. */
  String name();

  Section run(BenchContext context) throws Exception;
}
