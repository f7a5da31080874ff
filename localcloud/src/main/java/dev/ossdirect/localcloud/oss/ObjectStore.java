package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The objects of the local OSS, kept under the data folder ({@link StorageLayout}) so that they survive a
 * restart.
 *
 * <p>Every write is crash-safe: the body is streamed to a temporary file, then published by one atomic
 * rename ({@link StagedObjectFile#commitTo}). A reader sees an object whole or not at all; concurrent writers
 * of one key each write their own file and the last rename wins; a crash leaves only temporary files,
 * which the next start deletes.
 *
 * <p>Other local services read objects in process with {@link #open}.
 */
public final class ObjectStore {

  private final StorageLayout layout;
  private final Set<String> buckets;
  private final long maxObjectSize;
  private final Clock clock;

  private ObjectStore(StorageLayout layout, Set<String> buckets, long maxObjectSize, Clock clock) {
    this.layout = layout;
    this.buckets = buckets;
    this.maxObjectSize = maxObjectSize;
    this.clock = clock;
  }

  /**
   * The store under {@code dataDir} with {@code buckets}, refusing bodies over {@code maxObjectSize} bytes.
   * Creates the folders it needs and deletes the temporary files a crash may have left.
   */
  public static ObjectStore open(Path dataDir, Collection<String> buckets, long maxObjectSize, Clock clock)
      throws IOException {
    StorageLayout layout = new StorageLayout(dataDir);
    layout.prepare(buckets);
    return new ObjectStore(layout, Set.copyOf(buckets), maxObjectSize, clock);
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
    StoredObject object;
    try {
      object = ObjectFile.open(layout.objectFile(bucket, key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!object.metadata().key().equals(key)) {
      object.close();
      throw new IOException("The object file of a key holds another key");
    }
    return Optional.of(object);
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
    publish(bucket, body.file(), metadata, forbidOverwrite);
    return metadata;
  }

  /**
   * Publishes {@code body} as the object {@code metadata.key()}, replacing any object of that key unless
   * {@code forbidOverwrite}: then {@code FileAlreadyExists} if there is one, and the body is not published.
   */
  void publish(String bucket, StagedObjectFile body, ObjectMetadata metadata, boolean forbidOverwrite)
      throws OssException, IOException {
    Path target = layout.objectFile(bucket, metadata.key());
    if (!forbidOverwrite) {
      body.commitTo(target, metadata);
    } else if (!body.commitAsNew(target, metadata)) {
      throw ForbidOverwrite.fileAlreadyExists();
    }
  }

  /** Deletes the object {@code key}; deleting an object that does not exist is not an error, as in OSS. */
  void delete(String bucket, String key) throws IOException {
    Path file = layout.objectFile(bucket, key);
    if (Files.deleteIfExists(file)) {
      DurableFiles.forceDirectory(file.getParent());
    }
  }

  StorageLayout layout() {
    return layout;
  }

  Clock clock() {
    return clock;
  }
}
