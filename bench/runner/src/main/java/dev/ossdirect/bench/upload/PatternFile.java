package dev.ossdirect.bench.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file the upload benchmark sends: a byte pattern with a period of 65,521 (a prime, so no part
 * boundary lines up with it), written to disk so that the browser reads it as it reads a file a person
 * chooses.
 */
final class PatternFile {

  static final int PERIOD = 65521;

  private PatternFile() {}

  static Path write(Path file, long size) throws IOException {
    byte[] period = new byte[PERIOD];
    for (int i = 0; i < PERIOD; i++) {
      period[i] = (byte) i;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += PERIOD) {
        out.write(period, 0, (int) Math.min(PERIOD, size - written));
      }
    }
    return file;
  }
}
