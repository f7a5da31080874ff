package dev.ossdirect.bench.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file the upload benchmark sends: a byte pattern with a period of 65,521 (a prime, so no part
 * boundary lines up with it), written to disk so that the browser reads it as it reads a file a person
 * chooses. It is forced to disk before any upload is timed: left to the kernel, its 256 MiB of dirty pages
 * were written back about 30 s later, during the first timed rounds, sharing the disk with the uploads'
 * own writes.
 */
final class PatternFile {

  static final int PERIOD = 65521;

  private PatternFile() {}

  static Path write(Path file, long size) throws IOException {
    byte[] period = new byte[PERIOD];
    for (int i = 0; i < PERIOD; i++) {
      period[i] = (byte) i;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (long written = 0; written < size; written += PERIOD) {
        ByteBuffer chunk = ByteBuffer.wrap(period, 0, (int) Math.min(PERIOD, size - written));
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      channel.force(true);
    }
    return file;
  }
}
