package dev.ossdirect.client.http;

import dev.ossdirect.signing.time.UtcTimestamps;

/** Reads the HTTP {@code Date} header, whose clock is the server's. */
public final class HttpDates {

  private HttpDates() {}

  /** {@code Wed, 28 Dec 2022 10:27:41 GMT} in epoch milliseconds, or {@code null} if absent or malformed. */
  public static Long parse(String dateHeader) {
    if (dateHeader == null) {
      return null;
    }
    try {
      return UtcTimestamps.parseRfc1123(dateHeader.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
