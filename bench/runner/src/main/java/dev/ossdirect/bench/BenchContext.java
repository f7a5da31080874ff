package dev.ossdirect.bench;

import java.nio.file.Path;

/**
 * Where a run finds what the build prepared and keeps what it writes.
 *
 * @param root the repository root, where the report goes
 * @param work a scratch folder of this run (data directories, browser profiles, logs)
 * @param referenceJs the {@code node_modules} folder of the reference JavaScript from npm
 * @param signingJs our signing library compiled to JavaScript by GWT (the bench-signing-js module)
 */
public record BenchContext(Path root, Path work, Path referenceJs, Path signingJs) {

  /** A new folder under {@link #work()}, emptied if a previous run left it. */
  public Path freshFolder(String name) throws java.io.IOException {
    Path folder = work.resolve(name);
    if (java.nio.file.Files.exists(folder)) {
      try (var paths = java.nio.file.Files.walk(folder)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    return java.nio.file.Files.createDirectories(folder);
  }
}
