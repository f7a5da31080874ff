package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a local cloud's data folder holds on disk, for tests that check what a request, a refusal or a
 * crash left behind.
 */
public final class DataFolder {

  private DataFolder() {}

  /**
   * The temporary files under {@code dataDir}: everything in the local OSS's temporary folder, and any
   * {@code .tmp} file elsewhere. After a clean refusal, or after a restart, there must be none.
   */
  public static List<Path> temporaryFiles(Path dataDir) throws IOException {
    Path tempDir = new StorageLayout(dataDir).tempDir();
    try (Stream<Path> paths = Files.walk(dataDir)) {
      return paths.filter(path -> path.startsWith(tempDir) || path.toString().endsWith(".tmp"))
          .filter(Files::isRegularFile)
          .collect(Collectors.toList());
    }
  }

  /** The object files of {@code bucket} under {@code dataDir}. */
  public static List<Path> objectFiles(Path dataDir, String bucket) throws IOException {
    try (Stream<Path> paths = Files.list(new StorageLayout(dataDir).objectsDir(bucket))) {
      return paths.collect(Collectors.toList());
    }
  }

  /**
   * The segments folders of {@code bucket} under {@code dataDir} that the object they were made for does not
   * list ({@link Segments}): after a restart there must be none.
   */
  public static List<Path> unlistedSegmentFolders(Path dataDir, String bucket) throws IOException {
    StorageLayout layout = new StorageLayout(dataDir);
    try (Stream<Path> folders = Files.list(layout.segmentsDir(bucket))) {
      return folders.filter(folder -> !ObjectStore.isListed(layout, bucket, folder.getFileName().toString()))
          .collect(Collectors.toList());
    }
  }

  /**
   * Every file and folder under {@code root}, relative to it, with the size of each file, sorted: two
   * listings are equal when nothing was created, deleted or resized.
   */
  public static List<String> tree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.map(path -> root.relativize(path) + (Files.isRegularFile(path) ? " " + size(path) : "/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The size of {@code file}, or 0 if it is gone (a temporary file may vanish while it is looked at). */
  public static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
