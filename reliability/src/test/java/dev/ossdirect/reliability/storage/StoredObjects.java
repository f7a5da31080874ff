package dev.ossdirect.reliability.storage;

import dev.ossdirect.localcloud.oss.ObjectStore;
import dev.ossdirect.localcloud.oss.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads what the local OSS really holds, in process and byte by byte, rather than trusting the metadata
 * it recorded: the suite's judge of whether an object is there and intact.
 */
public final class StoredObjects {

  private StoredObjects() {}

  /** The hex MD5 of the bytes stored for {@code key}, or empty if there is no such object. */
  public static Optional<String> md5(ObjectStore store, String bucket, String key) {
    try {
      Optional<StoredObject> found = store.open(bucket, key);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      try (StoredObject object = found.get(); InputStream content = object.content()) {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
          md5.update(buffer, 0, read);
        }
        return Optional.of(HexFormat.of().formatHex(md5.digest()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }

  /** The hex MD5 of {@code bytes}, to compare with {@link #md5(ObjectStore, String, String)}. */
  public static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }
}
