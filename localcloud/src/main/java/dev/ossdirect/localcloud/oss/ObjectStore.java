package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The objects of the local OSS, kept under the data folder ({@link StorageLayout}) so that they survive a
 * restart.
 *
 * <p>Every write is crash-safe: the body is streamed to a temporary file, then published by one atomic
 * rename ({@link StagedObjectFile#moveTo}). A reader sees an object whole or not at all; concurrent writers
 * of one key each write their own file and the last rename wins; a crash leaves only temporary files,
 * which the next start deletes.
 *
 * <p>An object a multipart upload completed keeps its body in its parts' files, its segments
 * ({@link Segments}, {@link MultipartUploads#complete}); its object file, published by the same rename,
 * lists them. Publishing (its rename, once the file is on disk), deleting and opening an object hold a lock
 * of its key (striped), so that the segments an object file stops listing are retired
 * ({@link SegmentFolders}) by the one write that replaced or deleted it, and no reader can open them
 * afterwards. A crash can leave a segments folder that
 * no object lists (before its object was published, or after it was replaced): every start deletes those.
 *
 * <p>Other local services read objects in process with {@link #open}.
 */
public final class ObjectStore {

  private static final int KEY_LOCK_STRIPES = 64;

  private final StorageLayout layout;
  private final Set<String> buckets;
  private final long maxObjectSize;
  private final Clock clock;
  private final SegmentFolders segmentFolders = new SegmentFolders();
  private final Object[] keyLocks = new Object[KEY_LOCK_STRIPES];
  private volatile WriteSteps steps = WriteSteps.NONE;

  private ObjectStore(StorageLayout layout, Set<String> buckets, long maxObjectSize, Clock clock) {
    this.layout = layout;
    this.buckets = buckets;
    this.maxObjectSize = maxObjectSize;
    this.clock = clock;
    for (int i = 0; i < keyLocks.length; i++) {
      keyLocks[i] = new Object();
    }
  }

  /**
   * The store under {@code dataDir} with {@code buckets}, refusing bodies over {@code maxObjectSize} bytes.
   * Creates the folders it needs and deletes the temporary files, and the segments folders no object lists,
   * that a crash may have left.
   */
  public static ObjectStore open(Path dataDir, Collection<String> buckets, long maxObjectSize, Clock clock)
      throws IOException {
    StorageLayout layout = new StorageLayout(dataDir);
    layout.prepare(buckets);
    for (String bucket : buckets) {
      deleteUnlistedSegments(layout, bucket);
    }
    return new ObjectStore(layout, Set.copyOf(buckets), maxObjectSize, clock);
  }

  /**
   * Deletes each segments folder of {@code bucket} that the object file it was made for does not list:
   * one reads a trailer per multipart object, once at start.
   */
  private static void deleteUnlistedSegments(StorageLayout layout, String bucket) throws IOException {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(layout.segmentsDir(bucket))) {
      for (Path folder : folders) {
        if (!isListed(layout, bucket, folder.getFileName().toString())) {
          DurableFiles.deleteRecursively(folder);
        }
      }
    }
  }

  /** Whether the object file that the segments folder {@code name} of {@code bucket} was made for lists it. */
  static boolean isListed(StorageLayout layout, String bucket, String name) {
    if (!StorageLayout.isSegmentFolderName(name)) {
      return false;
    }
    Segments listed = segmentsOf(layout.objectFileOfSegments(bucket, name));
    return listed != null && listed.folder().equals(name);
  }

  /** Whether {@code bucket} is one of the configured buckets. */
  public boolean hasBucket(String bucket) {
    return buckets.contains(bucket);
  }

  /**
   * Opens the object {@code key} of {@code bucket} for reading, or returns nothing if there is no such
   * object (or no such bucket). The caller must close what it gets.
   */
  public Optional<StoredObject> open(String bucket, String key) throws IOException {
    if (!hasBucket(bucket)) {
      return Optional.empty();
    }
    Path file = layout.objectFile(bucket, key);
    synchronized (lockOf(bucket, key)) {
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.READ);
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
      try {
        ObjectTrailer trailer = ObjectFile.readTrailer(channel, file);
        if (!trailer.metadata().key().equals(key)) {
          throw new IOException("The object file of a key holds another key");
        }
        if (!trailer.isSegmented()) {
          return Optional.of(new StoredObject(trailer.metadata(), new FileBody(channel)));
        }
        channel.close();
        Path folder = layout.segmentFolder(bucket, trailer.segments().folder());
        segmentFolders.acquire(folder);
        return Optional.of(new StoredObject(trailer.metadata(),
            new SegmentedBody(folder, trailer.segments().sizes(), segmentFolders)));
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    }
  }

  /** The largest object, or part, this store accepts, in bytes. */
  public long maxObjectSize() {
    return maxObjectSize;
  }

  /**
   * Streams a request body into the temporary folder (see {@link ReceivedBody#receive}), refusing more than
   * {@link #maxObjectSize()} bytes.
   */
  ReceivedBody receive(InputStream body, long declaredLength, String contentMd5)
      throws OssException, IOException {
    return ReceivedBody.receive(layout.newTempPath(), body, declaredLength, maxObjectSize, contentMd5);
  }

  /**
   * Streams a body of unknown length, such as the file of a PostObject form, into the temporary folder,
   * refusing more than {@code maxLength} bytes, and never more than {@link #maxObjectSize()}.
   */
  ReceivedBody receive(InputStream body, long maxLength) throws OssException, IOException {
    return ReceivedBody.receive(layout.newTempPath(), body, -1, Math.min(maxLength, maxObjectSize), null);
  }

  /** Whether {@code bucket} holds an object {@code key}. */
  boolean exists(String bucket, String key) {
    return hasBucket(bucket) && Files.exists(layout.objectFile(bucket, key));
  }

  /**
   * Publishes {@code body} as the simple object {@code key}, replacing any object of that key unless
   * {@code forbidOverwrite}: then {@code FileAlreadyExists} if there is one.
   */
  ObjectMetadata putObject(
      String bucket, String key, ReceivedBody body, ObjectAttributes attributes, boolean forbidOverwrite)
      throws OssException, IOException {
    ObjectMetadata metadata =
        new ObjectMetadata(
            key,
            body.size(),
            Etags.of(body.md5()),
            body.crc64(),
            attributes.contentType(),
            attributes.httpHeaders(),
            clock.currentTimeMillis(),
            attributes.userMetadata());
    publish(bucket, body.file(), new ObjectTrailer(metadata, null), forbidOverwrite);
    return metadata;
  }

  /**
   * Publishes {@code file}, with {@code trailer} appended, as the object {@code trailer.metadata().key()},
   * replacing any object of that key unless {@code forbidOverwrite}: then {@code FileAlreadyExists} if there
   * is one, and the file is not published. The segments of the object it replaces are retired.
   */
  void publish(String bucket, StagedObjectFile file, ObjectTrailer trailer, boolean forbidOverwrite)
      throws OssException, IOException {
    String key = trailer.metadata().key();
    Path target = layout.objectFile(bucket, key);
    file.finish(trailer);
    synchronized (lockOf(bucket, key)) {
      Segments replaced = segmentsOf(target);
      if (!forbidOverwrite) {
        file.moveTo(target);
      } else if (!file.moveAsNewTo(target)) {
        throw ForbidOverwrite.fileAlreadyExists();
      }
      steps.done("published");
      retire(bucket, replaced);
    }
  }

  /** Deletes the object {@code key}; deleting an object that does not exist is not an error, as in OSS. */
  void delete(String bucket, String key) throws IOException {
    Path file = layout.objectFile(bucket, key);
    synchronized (lockOf(bucket, key)) {
      Segments deleted = segmentsOf(file);
      if (Files.deleteIfExists(file)) {
        DurableFiles.forceDirectory(file.getParent());
      }
      steps.done("deleted");
      retire(bucket, deleted);
    }
  }

  /** How many readers have the segments folder {@code name} of {@code bucket} open. */
  int segmentReaders(String bucket, String name) {
    return segmentFolders.readers(layout.segmentFolder(bucket, name));
  }

  /** Has {@code observer} told of each durable step of the writes that follow. */
  void observeSteps(WriteSteps observer) {
    this.steps = observer;
  }

  WriteSteps steps() {
    return steps;
  }

  StorageLayout layout() {
    return layout;
  }

  Clock clock() {
    return clock;
  }

  private void retire(String bucket, Segments segments) throws IOException {
    if (segments != null) {
      segmentFolders.retire(layout.segmentFolder(bucket, segments.folder()));
    }
  }

  /**
   * The segments {@code objectFile} lists; none if it lists none, does not exist, or cannot be read (it
   * then holds no object a reader could open, and the next start deletes what it listed).
   */
  private static Segments segmentsOf(Path objectFile) {
    try {
      return ObjectFile.readTrailer(objectFile).segments();
    } catch (IOException e) {
      return null;
    }
  }

  private Object lockOf(String bucket, String key) {
    return keyLocks[Math.floorMod(31 * bucket.hashCode() + key.hashCode(), KEY_LOCK_STRIPES)];
  }
}
