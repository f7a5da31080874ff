package dev.ossdirect.reliability.tamper;

import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Small, believable changes to the parts of a request: a different character in the same place, a date
 * moved by a few seconds. Each keeps the shape of the part, so that what the server notices is the change
 * itself and not a malformed value.
 */
final class Alter {

  private static final String DIGITS = "0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  private Alter() {}

  /** {@code value} with its middle letter or digit replaced by the next one of the same kind. */
  static String oneCharacter(String value) {
    for (int i = value.length() / 2; i < value.length() + value.length() / 2; i++) {
      int index = i % value.length();
      char c = value.charAt(index);
      for (String alphabet : new String[] {DIGITS, UPPER, LOWER}) {
        int position = alphabet.indexOf(c);
        if (position >= 0) {
          char next = alphabet.charAt((position + 1) % alphabet.length());
          return value.substring(0, index) + next + value.substring(index + 1);
        }
      }
    }
    return value + "0";
  }

  /** An ISO 8601 timestamp ({@code 2015-04-09T11:52:19Z}) moved by {@code seconds}. */
  static String iso8601(String value, long seconds) {
    return shifted(value, seconds, UtcTimestamps::parseIso8601, UtcTimestamps::formatIso8601);
  }

  /** An RFC 1123 date ({@code Wed, 28 Dec 2022 10:27:41 GMT}) moved by {@code seconds}. */
  static String rfc1123(String value, long seconds) {
    return shifted(value, seconds, UtcTimestamps::parseRfc1123, UtcTimestamps::formatRfc1123);
  }

  /** A compact timestamp ({@code 20231216T162057Z}) moved by {@code seconds}. */
  static String compact(String value, long seconds) {
    return shifted(value, seconds, UtcTimestamps::parseCompact, UtcTimestamps::formatCompact);
  }

  /**
   * A compact timestamp ({@code 20231216T162057Z}) moved by {@code seconds}, or by {@code -seconds} if the
   * move would change its day: an OSS V4 date must stay on the date of its scope.
   */
  static String compactSameDay(String value, long seconds) {
    String moved = compact(value, seconds);
    return moved.regionMatches(0, value, 0, 8) ? moved : compact(value, -seconds);
  }

  private static String shifted(
      String value, long seconds, ToLongFunction<String> parse, Function<Long, String> format) {
    return format.apply(parse.applyAsLong(value) + seconds * 1000L);
  }
}
