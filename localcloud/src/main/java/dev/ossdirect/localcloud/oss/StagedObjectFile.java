package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An object file ({@link ObjectFile}) being written in the temporary folder, which no reader looks at and
 * which every start empties. Its body is written first, through {@link #channel()} (a multipart object's
 * file has none: {@link Segments}); committing appends the trailer and forces the file to disk
 * ({@link #finish}), then renames it into place in one atomic step ({@link #moveTo}). Closing a file that was not committed deletes it, so a failed or rejected
 * write leaves nothing behind.
 */
final class StagedObjectFile implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private boolean committed;

  private StagedObjectFile(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Creates {@code tempFile}, which must not exist yet. */
  static StagedObjectFile create(Path tempFile) throws IOException {
    return new StagedObjectFile(
        tempFile, FileChannel.open(tempFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  /** Where the body is written, at the channel's position. */
  FileChannel channel() {
    return channel;
  }

  /**
   * Appends {@code trailer} and forces the file to disk: the slow half of committing it, which needs no
   * lock, so that writers of other objects or parts do not wait for this one's data to reach the disk.
   * Call it once, then {@link #moveTo} or {@link #moveAsNewTo}.
   */
  void finish(ObjectTrailer trailer) throws IOException {
    ObjectFile.writeTrailer(channel, trailer);
    channel.force(true);
    channel.close();
  }

  /** {@link #finish(ObjectTrailer)} with the trailer of a part or a simple object: its metadata alone. */
  void finish(ObjectMetadata metadata) throws IOException {
    finish(new ObjectTrailer(metadata, null));
  }

  /**
   * Renames the finished file to {@code target} atomically, replacing what was there: readers see the old
   * file or this one, and the last rename wins.
   */
  void moveTo(Path target) throws IOException {
    DurableFiles.moveIntoPlace(file, target);
    committed = true;
  }

  /**
   * Like {@link #moveTo}, but only if no file is at {@code target}: returns {@code false}, and leaves the
   * file uncommitted, if there is one ({@link DurableFiles#moveIntoPlaceIfAbsent}).
   */
  boolean moveAsNewTo(Path target) throws IOException {
    committed = DurableFiles.moveIntoPlaceIfAbsent(file, target);
    return committed;
  }

  /** Deletes the file unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      channel.close();
      Files.deleteIfExists(file);
    }
  }
}
