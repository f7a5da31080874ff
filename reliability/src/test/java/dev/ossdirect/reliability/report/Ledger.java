package dev.ossdirect.reliability.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The results file of one build: every test appends what it tried and how it went, one line per
 * {@link Tally}, and {@link ReliabilityReport} sums them into RELIABILITY.md. Appends are locked, so the
 * fuzzing JVMs and the main test JVM can share the file.
 *
 * <p>The file is named by the system property {@code reliability.results}, which the build sets to a file
 * of its own (see the module's pom); a test run from an IDE writes to {@code target/reliability}.
 */
public final class Ledger {

  private static final String FIELD = "\t";
  private static final String SKIPPED = "skipped";

  private Ledger() {}

  /** Records {@code tally} in this build's results file. */
  public static void record(Tally tally) {
    String line = String.join(FIELD, tally.row().name(), Long.toString(tally.cases()),
        Long.toString(tally.correct()), Long.toString(tally.lost()), tally.skipped() ? SKIPPED : "",
        clean(tally.note())) + "\n";
    Path file = resultsFile();
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
          FileLock lock = channel.lock()) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record in " + file, e);
    }
  }

  /** Every tally in {@code file}, in the order they were recorded. */
  public static List<Tally> read(Path file) throws IOException {
    List<Tally> tallies = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(FIELD, -1);
      tallies.add(new Tally(Row.valueOf(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2]),
          Long.parseLong(fields[3]), fields[5], fields[4].equals(SKIPPED)));
    }
    return tallies;
  }

  /** The results file of this build. */
  public static Path resultsFile() {
    return Path.of(System.getProperty("reliability.results", "target/reliability/results.tsv"));
  }

  private static String clean(String note) {
    return note.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
