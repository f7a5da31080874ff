package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An object file ({@link ObjectFile}) being written in the temporary folder, which no reader looks at and
 * which every start empties. Its body is written first, through {@link #channel()} (a multipart object's
 * file has none: {@link Segments}); committing appends the trailer, forces the file to disk and renames it
 * into place in one atomic step. Closing a file that was not committed deletes it, so a failed or rejected
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
   * Appends {@code metadata}, forces the file to disk and renames it to {@code target} atomically,
   * replacing what was there: readers see the old file or this one, and the last commit wins.
   */
  void commitTo(Path target, ObjectMetadata metadata) throws IOException {
    commitTo(target, new ObjectTrailer(metadata, null));
  }

  /** Like {@link #commitTo(Path, ObjectMetadata)}, with a trailer that may list segments. */
  void commitTo(Path target, ObjectTrailer trailer) throws IOException {
    finish(trailer);
    DurableFiles.moveIntoPlace(file, target);
    committed = true;
  }

  /**
   * Like {@link #commitTo(Path, ObjectTrailer)}, but only if no file is at {@code target}: returns
   * {@code false}, and leaves the file uncommitted, if there is one
   * ({@link DurableFiles#moveIntoPlaceIfAbsent}).
   */
  boolean commitAsNew(Path target, ObjectTrailer trailer) throws IOException {
    finish(trailer);
    committed = DurableFiles.moveIntoPlaceIfAbsent(file, target);
    return committed;
  }

  /** Appends {@code trailer} and forces the file to disk. */
  private void finish(ObjectTrailer trailer) throws IOException {
    ObjectFile.writeTrailer(channel, trailer);
    channel.force(true);
    channel.close();
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
