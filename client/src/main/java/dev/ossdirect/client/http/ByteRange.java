package dev.ossdirect.client.http;

import dev.ossdirect.client.text.WholeNumbers;

/** The bytes from {@code start} (inclusive) to {@code end} (exclusive) of a file. */
public final class ByteRange {

  private final long start;
  private final long end;

  public ByteRange(long start, long end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Invalid byte range " + span(start, end));
    }
    this.start = start;
    this.end = end;
  }

  public long start() {
    return start;
  }

  public long end() {
    return end;
  }

  public long length() {
    return end - start;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ByteRange
        && ((ByteRange) other).start == start
        && ((ByteRange) other).end == end;
  }

  @Override
  public int hashCode() {
    return 31 * (int) start + (int) end;
  }

  @Override
  public String toString() {
    return "bytes " + span(start, end);
  }

  /** {@code start-end}, written without the text of a {@code long}, whose emulation would come along. */
  private static String span(long start, long end) {
    return WholeNumbers.format(start) + "-" + WholeNumbers.format(end);
  }
}
