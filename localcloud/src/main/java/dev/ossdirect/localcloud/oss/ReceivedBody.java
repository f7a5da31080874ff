package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Base64;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A body streamed into a file in the temporary folder ({@link StagedObjectFile}), with its length, MD5 and
 * CRC-64 computed on the way: memory use is one buffer whatever the size. Closing a body that was not
 * committed deletes its file, so a failed or rejected upload leaves nothing behind.
 *
 * <p>The MD5 is the JDK's, which HotSpot compiles to native code, rather than the signing library's
 * portable one: bodies may be gigabytes.
 */
final class ReceivedBody implements AutoCloseable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final StagedObjectFile file;
  private final long size;
  private final byte[] md5;
  private final long crc64;

  private ReceivedBody(StagedObjectFile file, long size, byte[] md5, long crc64) {
    this.file = file;
    this.size = size;
    this.md5 = md5;
    this.crc64 = crc64;
  }

  /**
   * Streams {@code in} to the new file {@code tempFile}.
   *
   * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
   * @param maxLength the largest body accepted: {@code EntityTooLarge} beyond it, checked against the
   *     declared length before reading and against the bytes as they come
   * @param contentMd5 the {@code Content-MD5} header, or {@code null}; {@code InvalidDigest} if it is not
   *     the Base64 of 16 bytes or does not match the body
   * @throws OssException also {@code IncompleteBody} if the stream ends before the declared length
   */
  static ReceivedBody receive(
      Path tempFile, InputStream in, long declaredLength, long maxLength, String contentMd5)
      throws OssException, IOException {
    byte[] expectedMd5 = contentMd5 == null ? null : parseContentMd5(contentMd5);
    if (declaredLength > maxLength) {
      throw OssException.entityTooLarge(maxLength);
    }
    StagedObjectFile file = StagedObjectFile.create(tempFile);
    try {
      FileChannel channel = file.channel();
      MessageDigest md5 = newMd5();
      Crc64 crc = new Crc64();
      byte[] buffer = new byte[BUFFER_BYTES];
      long size = 0;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        size += read;
        if (size > maxLength) {
          throw OssException.entityTooLarge(maxLength);
        }
        md5.update(buffer, 0, read);
        crc.update(buffer, 0, read);
        DurableFiles.writeFully(channel, ByteBuffer.wrap(buffer, 0, read));
      }
      if (declaredLength >= 0 && size != declaredLength) {
        throw new OssException(400, "IncompleteBody",
            "You did not provide the number of bytes specified by the Content-Length HTTP header.");
      }
      byte[] digest = md5.digest();
      if (expectedMd5 != null && !MessageDigest.isEqual(expectedMd5, digest)) {
        throw invalidDigest();
      }
      return new ReceivedBody(file, size, digest, crc.value());
    } catch (OssException | IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  long size() {
    return size;
  }

  /** The binary MD5 of the body. */
  byte[] md5() {
    return md5.clone();
  }

  long crc64() {
    return crc64;
  }

  /** The file holding the body, to be committed under the body's metadata. */
  StagedObjectFile file() {
    return file;
  }

  /** Deletes the file unless it was committed. */
  @Override
  public void close() throws IOException {
    file.close();
  }

  private static byte[] parseContentMd5(String header) throws OssException {
    try {
      byte[] md5 = Base64.decode(header.trim());
      if (md5.length == 16) {
        return md5;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw invalidDigest();
  }

  private static OssException invalidDigest() {
    return new OssException(400, "InvalidDigest", "The Content-MD5 you specified is not valid.");
  }

  private static MessageDigest newMd5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }
}
