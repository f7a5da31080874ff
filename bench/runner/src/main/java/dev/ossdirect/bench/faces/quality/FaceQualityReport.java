package dev.ossdirect.bench.faces.quality;

import dev.ossdirect.bench.report.Section;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the face-quality benchmark alone and prints its section of {@code BENCHMARKS.md}, without the
 * browser, npm or the other parts: it needs only {@code localcloud} and this module's classes on the
 * class path (DEVELOPERS.md, "Face detection quality").
 *
 * <p>Arguments: {@code --root=<repository root>} (default: the working directory), and
 * {@code --out=<file>} to also write the section there.
 */
public final class FaceQualityReport {

  private FaceQualityReport() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".");
    Path out = null;
    for (String arg : args) {
      if (arg.startsWith("--root=")) {
        root = Path.of(arg.substring("--root=".length()));
      } else if (arg.startsWith("--out=")) {
        out = Path.of(arg.substring("--out=".length()));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg + "; expected --root= or --out=");
      }
    }
    Section section = new FaceQualityBenchmark()
        .evaluate(root.toRealPath().resolve("localcloud/src/test/resources/fixtures"));
    System.out.print(section.markdown());
    if (out != null) {
      Files.writeString(out, section.markdown());
    }
  }
}
