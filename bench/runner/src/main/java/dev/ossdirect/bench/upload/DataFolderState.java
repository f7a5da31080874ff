package dev.ossdirect.bench.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What earlier uploads left behind as a round starts: the bytes in the data folder, and the machine's page
 * cache waiting to be written (Linux's {@code Dirty} and {@code Writeback} in {@code /proc/meminfo}). A
 * round that starts with much of either could be slowed by what came before it rather than by what it
 * measures; the run prints them, so that one can tell.
 */
record DataFolderState(long folderBytes, long dirtyBytes, long writebackBytes) {

  private static final double MIB = 1 << 20;

  /** The state now, of {@code dataDir}; the page cache figures are -1 where {@code /proc/meminfo} is missing. */
  static DataFolderState of(Path dataDir) throws IOException {
    long folder;
    try (Stream<Path> files = Files.walk(dataDir)) {
      folder = files.filter(Files::isRegularFile).mapToLong(DataFolderState::size).sum();
    }
    Path meminfo = Path.of("/proc/meminfo");
    if (!Files.isReadable(meminfo)) {
      return new DataFolderState(folder, -1, -1);
    }
    List<String> lines = Files.readAllLines(meminfo);
    return new DataFolderState(folder, kibibytes(lines, "Dirty:") * 1024, kibibytes(lines, "Writeback:") * 1024);
  }

  String describe() {
    return String.format(Locale.ROOT, "data folder %.0f MiB, dirty %.1f MiB, under writeback %.1f MiB",
        folderBytes / MIB, dirtyBytes / MIB, writebackBytes / MIB);
  }

  private static long kibibytes(List<String> meminfo, String field) {
    return meminfo.stream().filter(line -> line.startsWith(field))
        .mapToLong(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]))
        .findFirst().orElse(-1);
  }

  /** The size of {@code file}, or 0 if it went away while the folder was walked. */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
