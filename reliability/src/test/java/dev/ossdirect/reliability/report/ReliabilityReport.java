package dev.ossdirect.reliability.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes RELIABILITY.md from a build's results file: one table per {@link Section}, one line per
 * {@link Row}, with the summed counts the tests recorded. The build runs it after every test:
 * {@code ReliabilityReport <results file> <RELIABILITY.md> <fast|stress>}.
 *
 * <p>The file is written in any case, so that it shows what went wrong; then the build fails if a row
 * was never recorded, or if a row has a case handled wrongly or an object lost.
 */
public final class ReliabilityReport {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private final RunProfile run;
  private final Map<Row, Summary> summaries = new EnumMap<>(Row.class);

  ReliabilityReport(RunProfile run, List<Tally> tallies) {
    this.run = run;
    for (Tally tally : tallies) {
      summaries.computeIfAbsent(tally.row(), row -> new Summary()).add(tally);
    }
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path report = Path.of(args[1]);
    RunProfile run = RunProfile.named(args[2]);
    List<Tally> tallies = Files.exists(results) ? Ledger.read(results) : List.of();
    ReliabilityReport reliability = new ReliabilityReport(run, tallies);
    Files.writeString(report, reliability.markdown(ZonedDateTime.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
    List<String> problems = reliability.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("RELIABILITY.md shows problems:\n  " + String.join("\n  ", problems));
    }
  }

  /** The report, as of {@code now}. */
  String markdown(ZonedDateTime now) {
    StringBuilder out = new StringBuilder();
    out.append("# Reliability\n\n");
    out.append("Written by the `reliability` module from the counts its tests recorded in the **")
        .append(run.name().toLowerCase(java.util.Locale.ROOT)).append("** run (`").append(run.command())
        .append("`), finished ").append(WHEN.format(now)).append(" on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores. Every build writes it again; the"
            + " committed copy comes from a stress run. \"Objects lost\" is \u2013 where the cases store no"
            + " object.\n\n");
    Summary attacks = new Summary();
    Summary fuzzing = new Summary();
    summaries.forEach((row, summary) -> (row.section() == Section.FUZZ ? fuzzing : attacks).add(summary));
    out.append("In all: ").append(attacks.cases).append(" cases, ").append(attacks.correct)
        .append(" handled correctly, ").append(Math.max(0, attacks.lost)).append(" objects lost; and ")
        .append(fuzzing.cases).append(" fuzzer executions, ").append(fuzzing.correct)
        .append(" of them without a finding.\n");
    int number = 0;
    for (Section section : Section.values()) {
      out.append("\n## ").append(++number).append(". ").append(section.title()).append("\n\n")
          .append(section.explanation()).append("\n\n")
          .append("| What was tried | Cases | Handled correctly | Objects lost | Notes |\n")
          .append("|---|---:|---:|---:|---|\n");
      for (Row row : Row.values()) {
        if (row.section() == section) {
          out.append(line(row)).append('\n');
        }
      }
    }
    return out.toString();
  }

  private String line(Row row) {
    Summary summary = summaries.get(row);
    if (summary == null) {
      return "| " + row.description() + " | \u2013 | \u2013 | \u2013 | **not run** |";
    }
    return "| " + row.description() + " | " + summary.cases + " | " + summary.correct + " | "
        + (summary.lost < 0 ? "\u2013" : Long.toString(summary.lost)) + " | " + summary.notes() + " |";
  }

  /** What makes this run fail: rows never recorded, cases handled wrongly, objects lost. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Row row : Row.values()) {
      Summary summary = summaries.get(row);
      if (summary == null) {
        problems.add(row + ": no test recorded it");
      } else if (summary.correct < summary.cases) {
        problems.add(row + ": " + (summary.cases - summary.correct) + " of " + summary.cases
            + " cases handled wrongly");
      } else if (summary.lost > 0) {
        problems.add(row + ": " + summary.lost + " objects lost");
      } else if (summary.cases == 0 && !summary.skipped) {
        problems.add(row + ": no case was tried");
      }
    }
    return problems;
  }

  /** The sums of the tallies of one row. */
  private static final class Summary {
    long cases;
    long correct;
    long lost = Tally.NO_OBJECTS;
    boolean skipped;
    final Set<String> notes = new LinkedHashSet<>();

    void add(Tally tally) {
      cases += tally.cases();
      correct += tally.correct();
      if (tally.storesObjects()) {
        lost = Math.max(0, lost) + tally.lost();
      }
      skipped |= tally.skipped();
      if (!tally.note().isEmpty()) {
        notes.add((tally.skipped() ? "skipped: " : "") + tally.note());
      }
    }

    void add(Summary other) {
      cases += other.cases;
      correct += other.correct;
      if (other.lost >= 0) {
        lost = Math.max(0, lost) + other.lost;
      }
    }

    String notes() {
      return String.join("; ", notes).replace("|", "\\|");
    }
  }
}
