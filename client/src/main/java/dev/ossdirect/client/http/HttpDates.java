package dev.ossdirect.client.http;

import dev.ossdirect.signing.time.UtcTimestamps;

/** Reads the HTTP {@code Date} header, whose clock is the server's. */
public final class HttpDates {

  private HttpDates() {}

  /**
   * {@code Wed, 28 Dec 2022 10:27:41 GMT} in epoch milliseconds, or {@code null} if absent or malformed.
   * A {@code Double}, which holds every millisecond up to 2^53 exactly: a boxed {@code Long} would bring
   * GWT's {@code long} division along, for its text.
   */
  public static Double parse(String dateHeader) {
    if (dateHeader == null) {
      return null;
    }
    try {
      return (double) UtcTimestamps.parseRfc1123(dateHeader.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
