package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.Sha256;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the local OSS keeps its files under the data folder:
 *
 * <pre>
 * &lt;data dir&gt;/oss/
 *   tmp/                                   writes in progress; emptied at every start
 *   buckets/&lt;bucket&gt;/objects/&lt;name&gt;.object    one file per object: its bytes (none if it has
 *                                          segments), then its metadata
 *   buckets/&lt;bucket&gt;/segments/&lt;name&gt;.&lt;id&gt;/
 *     &lt;index&gt;.segment                      the body of an object a multipart upload completed: its
 *                                          parts' files, linked here in order (00001, 00002, ...)
 *   buckets/&lt;bucket&gt;/uploads/&lt;upload id&gt;/
 *     upload.json                          the multipart upload: key, content type, user metadata
 *     &lt;part number&gt;.part                   one file per uploaded part, in the object file format
 * </pre>
 *
 * <p>An object's file name is the hex SHA-256 of its UTF-8 key, never the key itself: whatever a key
 * contains ({@code ..}, slashes, NUL, any length), it cannot name a path outside its bucket's folder.
 * Bucket names come from the configuration and upload ids are checked against {@link #UPLOAD_ID} before
 * they name a folder. The temporary folder is on the same file system as the others, so finished files
 * can be renamed into place atomically, and part files linked into an object's segments folder.
 *
 * <p>A segments folder's name starts with the name of the object file that lists it, so that the store
 * can tell at start which folders no object lists any longer (left by a crash, or by a reader still busy
 * with an overwritten object) and delete them; the random id keeps apart the folders of successive
 * objects of one key.
 */
final class StorageLayout {

  /** What an upload id looks like: 32 upper-case hex digits. */
  static final Pattern UPLOAD_ID = Pattern.compile("[0-9A-F]{32}");

  private static final String OBJECT_SUFFIX = ".object";
  private static final String PART_SUFFIX = ".part";
  private static final String SEGMENT_SUFFIX = ".segment";
  /** What a segments folder's name looks like: the object file's name, a dot and 32 hex digits. */
  private static final Pattern SEGMENT_FOLDER = Pattern.compile("([0-9a-f]{64})\\.[0-9a-f]{32}");

  private final Path root;

  StorageLayout(Path dataDir) {
    this.root = dataDir.resolve("oss");
  }

  /**
   * Creates the folders of {@code buckets} and deletes whatever the temporary folder holds: writes that a
   * crash or a kill interrupted, which were never visible.
   */
  void prepare(Collection<String> buckets) throws IOException {
    Files.createDirectories(tempDir());
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tempDir())) {
      for (Path leftover : leftovers) {
        DurableFiles.deleteRecursively(leftover);
      }
    }
    for (String bucket : buckets) {
      Files.createDirectories(objectsDir(bucket));
      Files.createDirectories(uploadsDir(bucket));
      Files.createDirectories(segmentsDir(bucket));
    }
  }

  /** The folder of writes in progress. */
  Path tempDir() {
    return root.resolve("tmp");
  }

  /** A fresh, unused name in the temporary folder. */
  Path newTempPath() {
    return tempDir().resolve(UUID.randomUUID() + ".tmp");
  }

  Path objectsDir(String bucket) {
    return bucketDir(bucket).resolve("objects");
  }

  /** The file of the object {@code key} in {@code bucket}. */
  Path objectFile(String bucket, String key) {
    return objectsDir(bucket).resolve(objectName(key) + OBJECT_SUFFIX);
  }

  /** The folder of the segments folders of {@code bucket}. */
  Path segmentsDir(String bucket) {
    return bucketDir(bucket).resolve("segments");
  }

  /** A fresh, unused name for a segments folder of the object {@code key}. */
  static String newSegmentFolderName(String key) {
    return objectName(key) + "." + UUID.randomUUID().toString().replace("-", "");
  }

  /** Whether {@code name} is a segments folder's name ({@link #newSegmentFolderName}). */
  static boolean isSegmentFolderName(String name) {
    return SEGMENT_FOLDER.matcher(name).matches();
  }

  /** The segments folder {@code name} of {@code bucket}; {@code name} must be a segments folder's name. */
  Path segmentFolder(String bucket, String name) {
    if (!isSegmentFolderName(name)) {
      throw new IllegalArgumentException("Not a segments folder");
    }
    return segmentsDir(bucket).resolve(name);
  }

  /** The object file whose object the segments folder {@code name} of {@code bucket} was made for. */
  Path objectFileOfSegments(String bucket, String name) {
    Matcher matcher = SEGMENT_FOLDER.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a segments folder");
    }
    return objectsDir(bucket).resolve(matcher.group(1) + OBJECT_SUFFIX);
  }

  /** The file of the segment at {@code index} (from 1) in the segments folder {@code folder}. */
  static Path segmentFile(Path folder, int index) {
    return folder.resolve(String.format(Locale.ROOT, "%05d", index) + SEGMENT_SUFFIX);
  }

  Path uploadsDir(String bucket) {
    return bucketDir(bucket).resolve("uploads");
  }

  /** The folder of an upload; {@code uploadId} must match {@link #UPLOAD_ID}. */
  Path uploadDir(String bucket, String uploadId) {
    if (!UPLOAD_ID.matcher(uploadId).matches()) {
      throw new IllegalArgumentException("Not an upload id");
    }
    return uploadsDir(bucket).resolve(uploadId);
  }

  /** The description of the upload in {@code uploadDir}. */
  static Path manifestFile(Path uploadDir) {
    return uploadDir.resolve("upload.json");
  }

  /** The file of part {@code partNumber} in {@code uploadDir}. */
  static Path partFile(Path uploadDir, int partNumber) {
    return uploadDir.resolve(String.format(Locale.ROOT, "%05d", partNumber) + PART_SUFFIX);
  }

  /** The part number a part file is named after, or -1 if {@code file} is not a part file. */
  static int partNumberOf(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(PART_SUFFIX) || name.length() != 5 + PART_SUFFIX.length()) {
      return -1;
    }
    try {
      return Integer.parseInt(name.substring(0, 5));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String objectName(String key) {
    return Hex.encode(Sha256.hash(Utf8.encode(key)));
  }

  private Path bucketDir(String bucket) {
    return root.resolve("buckets").resolve(bucket);
  }
}
