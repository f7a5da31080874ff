package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * File operations that survive a crash: a file is written completely and forced to disk in the temporary
 * folder, then renamed into place in one atomic step, and the directory that now names it is forced too.
 * Readers therefore see either the old file or the complete new one, never a mix, and a power cut cannot
 * lose a rename that was already reported as done.
 */
final class DurableFiles {

  private DurableFiles() {}

  /**
   * Renames {@code source} to {@code target} atomically, replacing any file there, and forces the target's
   * directory so the new name is durable. Both must be in the same file system (the data folder).
   */
  static void moveIntoPlace(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory(target.getParent());
  }

  /**
   * Gives {@code source} the name {@code target} in one atomic step unless a file already has that name,
   * and then removes the name {@code source}; returns whether it did. The new name is a hard link, which
   * the file system refuses to create over an existing file, where a rename would replace it: so no other
   * write can slip in between a check and the rename. The target's directory is forced as by
   * {@link #moveIntoPlace}; a crash before {@code source} is removed leaves that name in the temporary
   * folder, which the next start empties.
   */
  static boolean moveIntoPlaceIfAbsent(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    forceDirectory(target.getParent());
    Files.delete(source);
    return true;
  }

  /**
   * Removes {@code path} (a file or a whole folder) in one atomic step, by renaming it to {@code tempPath}
   * in the temporary folder, and then deletes it there. A crash in between leaves it only in the temporary
   * folder, which the next start empties.
   */
  static void deleteAtomically(Path path, Path tempPath) throws IOException {
    Files.move(path, tempPath, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory(path.getParent());
    deleteRecursively(tempPath);
  }

  /** Writes all of {@code content} to the new file {@code file} and forces it to disk. */
  static void writeNewFile(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(channel, ByteBuffer.wrap(content));
      channel.force(true);
    }
  }

  /** Writes every remaining byte of {@code buffer} at the channel's position. */
  static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Forces the entries of {@code directory} (new, renamed or deleted names) to disk. */
  static void forceDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** Deletes {@code path} and, if it is a directory, everything in it; nothing happens if it is absent. */
  static void deleteRecursively(Path path) throws IOException {
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
          if (failure != null) {
            throw failure;
          }
          Files.deleteIfExists(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // already gone
    }
  }
}
