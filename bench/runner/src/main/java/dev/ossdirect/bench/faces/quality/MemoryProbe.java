package dev.ossdirect.bench.faces.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Measures, in a JVM of its own, the {@link MemoryPeak} of one detector searching one large picture.
 *
 * <p>A JVM of its own because memory the process already holds hides growth: native memory another
 * detector (or an earlier search) freed stays resident and is handed out again without the resident set
 * growing, and the heap is sized by what ran before. Each detector starts the same way: its native
 * libraries and model loaded and one search of a small picture done, then the large picture searched once,
 * measured.
 *
 * <p>Arguments: the detector's name (one of {@link LocalImmFinder#all()}), the large picture's file, the
 * small picture's file. Prints one line, {@code memory <heap bytes> <resident bytes or ->}.
 */
public final class MemoryProbe {

  static final String PREFIX = "memory ";

  private MemoryProbe() {}

  public static void main(String[] args) throws Exception {
    FaceFinder finder = LocalImmFinder.all().stream()
        .filter(candidate -> candidate.name().equals(args[0]))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no detector called " + args[0]));
    byte[] large = Files.readAllBytes(Path.of(args[1]));
    finder.find(Files.readAllBytes(Path.of(args[2])));
    MemoryPeak peak = MemoryPeak.of(() -> finder.find(large));
    System.out.println(PREFIX + peak.heapBytes() + " "
        + (peak.residentBytes().isPresent() ? Long.toString(peak.residentBytes().getAsLong()) : "-"));
  }

  /**
   * Runs this probe for the detector {@code name} in a new JVM with this one's class path and at most
   * {@code maxHeap} of heap ({@code -Xmx} syntax), and reads its answer.
   */
  static MemoryPeak inChildJvm(String name, Path largePicture, Path smallPicture, String maxHeap)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
        "-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName(),
        name, largePicture.toString(), smallPicture.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the memory probe for " + name + " failed:\n" + output);
    }
    String answer = output.lines().filter(line -> line.startsWith(PREFIX)).reduce((first, last) -> last)
        .orElseThrow(() -> new IllegalStateException("the memory probe for " + name + " gave no answer:\n" + output));
    String[] fields = answer.substring(PREFIX.length()).split(" ");
    return new MemoryPeak(Long.parseLong(fields[0]),
        fields[1].equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(fields[1])));
  }
}
