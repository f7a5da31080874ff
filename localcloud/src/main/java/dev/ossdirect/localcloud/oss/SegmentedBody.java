package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The body of an object a multipart upload completed: its segments, read in order. It keeps one segment
 * file open at a time, the one last read from, and counts itself as a reader of the folder
 * ({@link SegmentFolders}) so that the folder outlives an overwrite or a delete until this is closed.
 */
final class SegmentedBody implements ObjectBody {

  private final Path folder;
  private final SegmentFolders folders;
  /** Where each segment ends in the body: {@code ends[i]} is the first position after segment {@code i}. */
  private final long[] ends;
  private FileChannel open;
  private int openIndex = -1;
  private boolean closed;

  /**
   * A reader of the segments of {@code sizes} in {@code folder}, which the caller has already acquired in
   * {@code folders}.
   */
  SegmentedBody(Path folder, List<Long> sizes, SegmentFolders folders) {
    this.folder = folder;
    this.folders = folders;
    this.ends = new long[sizes.size()];
    long end = 0;
    for (int i = 0; i < ends.length; i++) {
      end += sizes.get(i);
      ends[i] = end;
    }
  }

  /** Reads from one segment only: the one that holds {@code position}. */
  @Override
  public synchronized int read(ByteBuffer buffer, long position) throws IOException {
    if (closed) {
      throw new IOException("The object is closed");
    }
    int index = segmentAt(position);
    long start = index == 0 ? 0 : ends[index - 1];
    long leftInSegment = ends[index] - position;
    ByteBuffer window = buffer.remaining() <= leftInSegment
        ? buffer : buffer.slice().limit((int) leftInSegment);
    int read = channel(index).read(window, position - start);
    if (window != buffer && read > 0) {
      buffer.position(buffer.position() + read);
    }
    return read;
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (open != null) {
        open.close();
      }
    } finally {
      folders.release(folder);
    }
  }

  /** The segment that holds {@code position}: the first that ends after it (empty segments hold nothing). */
  private int segmentAt(long position) {
    int low = 0;
    int high = ends.length - 1;
    if (position < 0 || position >= ends[high]) {
      throw new IndexOutOfBoundsException("Position " + position + " is not in the body");
    }
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ends[middle] > position) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private FileChannel channel(int index) throws IOException {
    if (index != openIndex) {
      if (open != null) {
        open.close();
        open = null;
      }
      open = FileChannel.open(StorageLayout.segmentFile(folder, index + 1), StandardOpenOption.READ);
      openIndex = index;
    }
    return open;
  }
}
