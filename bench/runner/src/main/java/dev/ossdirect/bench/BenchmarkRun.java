package dev.ossdirect.bench;

import dev.ossdirect.bench.browser.BrowserSigningBenchmark;
import dev.ossdirect.bench.bytes.BytesShippedBenchmark;
import dev.ossdirect.bench.faces.FaceDetectionBenchmark;
import dev.ossdirect.bench.faces.quality.FaceQualityBenchmark;
import dev.ossdirect.bench.journey.FirstFacesBenchmark;
import dev.ossdirect.bench.jvm.JvmSigningBenchmark;
import dev.ossdirect.bench.memory.StreamingMemoryBenchmark;
import dev.ossdirect.bench.token.TokenEndpointBenchmark;
import dev.ossdirect.bench.upload.UploadBenchmark;
import dev.ossdirect.bench.report.Headline;
import dev.ossdirect.bench.report.Machine;
import dev.ossdirect.bench.report.MarkdownReport;
import dev.ossdirect.bench.report.RatioChart;
import dev.ossdirect.bench.report.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every benchmark once, in a fixed order, and writes {@code BENCHMARKS.md} and
 * {@code benchmarks.svg} at the repository root. A benchmark that fails stops the run: a report with a
 * part missing would look complete.
 *
 * <p>Arguments ({@code --name=value}): {@code root}, {@code work}, {@code reference-js}, {@code signing-js};
 * see {@link BenchContext}. {@code --only=name,name} runs some parts only (for working on one), and then
 * writes the report under {@code work} instead of the root; empty, it runs them all.
 */
public final class BenchmarkRun {

  static final String REPORT = "BENCHMARKS.md";
  static final String CHART = "benchmarks.svg";

  private BenchmarkRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    BenchContext context = new BenchContext(
        Path.of(options.get("root")).toRealPath(),
        Files.createDirectories(Path.of(options.get("work"))),
        Path.of(options.get("reference-js")),
        Path.of(options.get("signing-js")));
    List<BenchmarkPart> parts = parts();
    String only = options.getOrDefault("only", "").isBlank() ? null : options.get("only");
    if (only != null) {
      List<String> names = List.of(only.split(","));
      parts.removeIf(part -> !names.contains(part.name()));
    }

    Instant start = Instant.now();
    String loadBefore = Machine.loadAverage();
    List<Section> sections = new ArrayList<>();
    for (BenchmarkPart part : parts) {
      Instant partStart = Instant.now();
      System.out.println("[bench] " + part.name() + "…");
      sections.add(part.run(context));
      System.out.println("[bench] " + part.name() + " done in "
          + Duration.between(partStart, Instant.now()).toSeconds() + " s");
    }
    Duration took = Duration.between(start, Instant.now());

    List<String> conditions = List.of(
        "Date: " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(start),
        "Machine: " + Machine.cpuModel() + ", " + Machine.cores() + " cores, " + Machine.memory() + ", "
            + Machine.operatingSystem() + "; shared with other builds",
        "JDK: " + Machine.jdk() + "; browser: " + Machine.lastLineOf("/usr/bin/chromium", "--version")
            + " (headless); Node " + Machine.lastLineOf("node", "--version"),
        "Load average (1, 5, 15 min): " + loadBefore + " at the start, " + Machine.loadAverage()
            + " at the end (the benchmarks load both cores themselves)",
        "The benchmarks took " + took.toMinutes() + " min " + took.toSecondsPart() + " s");
    List<Headline> headlines = new ArrayList<>();
    sections.forEach(section -> headlines.addAll(section.headlines()));
    Path out = only == null ? context.root() : context.work();
    Files.writeString(out.resolve(REPORT), MarkdownReport.write(conditions, sections, CHART));
    Files.writeString(out.resolve(CHART), RatioChart.svg("ossdirect against the references, same run", headlines));
    System.out.println("[bench] wrote " + out.resolve(REPORT) + " and " + out.resolve(CHART));
  }

  private static List<BenchmarkPart> parts() {
    return new ArrayList<>(List.of(
        new JvmSigningBenchmark(),
        new BrowserSigningBenchmark(),
        new BytesShippedBenchmark(),
        new UploadBenchmark(),
        new TokenEndpointBenchmark(),
        new FaceDetectionBenchmark(),
        new StreamingMemoryBenchmark(),
        new FaceQualityBenchmark(),
        new FirstFacesBenchmark()));
  }
}
