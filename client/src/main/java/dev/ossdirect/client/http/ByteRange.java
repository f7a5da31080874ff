package dev.ossdirect.client.http;

/** The bytes from {@code start} (inclusive) to {@code end} (exclusive) of a file. */
public final class ByteRange {

  private final long start;
  private final long end;

  public ByteRange(long start, long end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Invalid byte range " + start + "-" + end);
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
    return (int) (start * 31 + end);
  }

  @Override
  public String toString() {
    return "bytes " + start + "-" + end;
  }
}
