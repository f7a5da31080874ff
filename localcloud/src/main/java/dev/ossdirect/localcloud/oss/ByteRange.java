package dev.ossdirect.localcloud.oss;

/**
 * The part of an object a GetObject {@code Range} header asks for. Like OSS, only one range of the form
 * {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffixLength} is honoured; a header
 * that is malformed, or asks for several ranges, is ignored and the whole object is sent.
 *
 * @param offset the first byte
 * @param length how many bytes
 */
record ByteRange(long offset, long length) {

  /**
   * The range {@code header} asks for in an object of {@code size} bytes, or {@code null} for the whole
   * object; {@code InvalidRange} (416) if it starts at or after the end.
   */
  static ByteRange parse(String header, long size) throws OssException {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null;
    }
    String spec = header.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    String firstText = spec.substring(0, dash).trim();
    String lastText = spec.substring(dash + 1).trim();
    if (firstText.isEmpty()) {
      long suffixLength = Math.min(number(lastText), size);
      return suffixLength <= 0 ? null : new ByteRange(size - suffixLength, suffixLength);
    }
    long first = number(firstText);
    long last = lastText.isEmpty() ? Long.MAX_VALUE : number(lastText);
    if (first < 0 || last < first) {
      return null;
    }
    if (first >= size) {
      throw new OssException(416, "InvalidRange", "The requested range cannot be satisfied.")
          .with("RangeRequested", header)
          .with("ActualObjectSize", Long.toString(size));
    }
    long end = Math.min(last, size - 1);
    return new ByteRange(first, end - first + 1);
  }

  /** {@code Content-Range} of this range in an object of {@code size} bytes. */
  String contentRange(long size) {
    return "bytes " + offset + "-" + (offset + length - 1) + "/" + size;
  }

  /** The decimal number {@code text}, or -1 if it is empty or not one. */
  private static long number(String text) {
    if (text.isEmpty() || text.length() > 18) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(text);
  }
}
