package dev.ossdirect.bench.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How fast {@code bytes} can be written to a file in a folder and forced to disk, as the local OSS must do
 * with every upload: no upload into that folder can be faster.
 */
final class DiskWriteCeiling {

  private static final int CHUNK = 1 << 20;

  private DiskWriteCeiling() {}

  /** Bytes per second of writing {@code bytes} into a new file in {@code folder} and forcing it to disk. */
  static double measure(Path folder, long bytes) throws IOException {
    Path file = folder.resolve("disk-ceiling.bin");
    ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK);
    for (int i = 0; i < CHUNK; i++) {
      chunk.put((byte) (i * 31));
    }
    long start = System.nanoTime();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (long written = 0; written < bytes; written += CHUNK) {
        chunk.clear();
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      channel.force(true);
    } finally {
      Files.deleteIfExists(file);
    }
    return bytes / ((System.nanoTime() - start) / 1e9);
  }
}
