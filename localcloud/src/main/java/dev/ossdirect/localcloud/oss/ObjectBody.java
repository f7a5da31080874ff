package dev.ossdirect.localcloud.oss;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bytes of an opened object, read at any position until closed: the prefix of its own file
 * ({@link FileBody}) or the segments a multipart upload left ({@link SegmentedBody}).
 */
interface ObjectBody extends Closeable {

  /**
   * Reads bytes from {@code position} of the body into {@code buffer}, at most as many as it has room for;
   * returns how many, or -1 if the file ended before the body did. {@code position} must be within the
   * body.
   */
  int read(ByteBuffer buffer, long position) throws IOException;
}
