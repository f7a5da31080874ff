package dev.ossdirect.bench.upload;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes what an upload stored in the local OSS's data folder once it has been timed, so that every
 * upload writes into the same, empty, bucket. Kept, the objects of earlier rounds (512 MiB a round) went
 * with a disk that slowed round after round for every side: in one run the disk-write ceiling fell from
 * about 1,500 MB/s to about 134 MB/s at the third round with them kept; with them deleted it stayed level
 * from the first round to the last in each of seven runs (1,100 to 1,700 MB/s in six of them).
 *
 * <p>The app has no call that deletes an object (its tokens may only write), so this deletes the files
 * while no request is running: the objects' files and their segments folders in each bucket's folder
 * ({@code oss/buckets/<bucket>/objects} and {@code segments}). It fails if anything of size is left, so
 * that a change to the local OSS's layout cannot silently turn it off.
 */
final class UploadedObjects {

  private static final long MOST_LEFT_BYTES = 1 << 20;

  private UploadedObjects() {}

  static void deleteAll(Path dataDir) throws IOException {
    Path buckets = dataDir.resolve("oss").resolve("buckets");
    try (DirectoryStream<Path> bucketFolders = Files.newDirectoryStream(buckets)) {
      for (Path bucket : bucketFolders) {
        for (String folder : List.of("objects", "segments")) {
          emptyFolder(bucket.resolve(folder));
        }
      }
    }
    DataFolderState left = DataFolderState.of(dataDir);
    if (left.folderBytes() > MOST_LEFT_BYTES) {
      throw new IllegalStateException("the uploaded objects were not deleted: " + left.describe());
    }
  }

  private static void emptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(folder)) {
          Files.delete(path);
        }
      }
    }
  }
}
