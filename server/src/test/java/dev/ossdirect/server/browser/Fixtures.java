package dev.ossdirect.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** The pictures the tests upload, and large files made up for them. */
final class Fixtures {

  private Fixtures() {}

  /** Where the pictures are copied to, under their own names, once each. */
  private static Path pictures;

  /**
   * The local cloud's fixture picture {@code name} (see its fixtures/README.md) as a file a browser can
   * pick. It comes from the local cloud's test jar, so it is copied out to a file of the same name.
   */
  static synchronized Path picture(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + name);
      }
      if (pictures == null) {
        pictures = Files.createTempDirectory("fixtures");
        pictures.toFile().deleteOnExit();
      }
      Path file = pictures.resolve(name);
      if (Files.notExists(file)) {
        Files.copy(in, file);
        file.toFile().deleteOnExit();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of {@code size} bytes of seeded random data, which no compression shrinks. */
  static Path randomFile(Path dir, String name, long size, long seed) {
    Path file = dir.resolve(name);
    Random random = new Random(seed);
    byte[] chunk = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String md5(Path file) {
    try {
      return md5(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
