package dev.ossdirect.localcloud.oss;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * A stored object opened for reading: its metadata and its bytes. It stays readable, unchanged, until it is
 * closed, even if the object is overwritten or deleted meanwhile (a simple object's file is kept open, a
 * multipart object's segments are kept until their last reader closes: {@link SegmentFolders}). Close it
 * when done.
 */
public final class StoredObject implements Closeable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final ObjectMetadata metadata;
  private final ObjectBody body;

  StoredObject(ObjectMetadata metadata, ObjectBody body) {
    this.metadata = metadata;
    this.body = body;
  }

  public ObjectMetadata metadata() {
    return metadata;
  }

  /** The whole body. Closing the stream closes this object. */
  public InputStream content() {
    return content(0, metadata.size());
  }

  /**
   * {@code length} bytes of the body from {@code offset}. Closing the stream closes this object.
   *
   * @throws IndexOutOfBoundsException if the range is not within the body
   */
  public InputStream content(long offset, long length) {
    if (offset < 0 || length < 0 || offset + length > metadata.size()) {
      throw new IndexOutOfBoundsException("Range " + offset + "+" + length + " of " + metadata.size());
    }
    return new RegionStream(offset, offset + length);
  }

  /** Copies {@code length} bytes of the body from {@code offset} to {@code out}, in constant memory. */
  public void copyTo(OutputStream out, long offset, long length) throws IOException {
    try (InputStream in = content(offset, length)) {
      in.transferTo(out);
    }
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  /** Reads a region of the body with positional reads. */
  private final class RegionStream extends InputStream {
    private long position;
    private final long end;

    RegionStream(long start, long end) {
      this.position = start;
      this.end = end;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      int wanted = (int) Math.min(Math.min(length, BUFFER_BYTES), end - position);
      int read = body.read(ByteBuffer.wrap(bytes, offset, wanted), position);
      if (read < 0) {
        throw new IOException("The object file ended early");
      }
      position += read;
      return read;
    }

    @Override
    public void close() throws IOException {
      StoredObject.this.close();
    }
  }
}
