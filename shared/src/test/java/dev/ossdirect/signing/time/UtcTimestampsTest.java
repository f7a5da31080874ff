package dev.ossdirect.signing.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ossdirect.signing.SeededRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The three timestamp forms agree with {@code java.time} over the years 1970 to 9999. */
class UtcTimestampsTest {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long YEAR_10000 = 253_402_300_800_000L;

  @Test
  void formatsAndParsesLikeJavaTime() {
    SeededRandom random = SeededRandom.seeded("timestamps", 13L);
    for (int i = 0; i < 20_000; i++) {
      long millis = Math.floorMod(random.nextLong(), YEAR_10000);
      Instant instant = Instant.ofEpochMilli(millis);
      long seconds = instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
      assertEquals(ISO.format(instant), UtcTimestamps.formatIso8601(millis));
      assertEquals(ISO_MILLIS.format(instant), UtcTimestamps.formatIso8601Millis(millis));
      assertEquals(millis, UtcTimestamps.parseIso8601Millis(ISO_MILLIS.format(instant)));
      assertEquals(RFC_1123.format(instant), UtcTimestamps.formatRfc1123(millis));
      assertEquals(COMPACT.format(instant), UtcTimestamps.formatCompact(millis));
      assertEquals(COMPACT.format(instant).substring(0, 8), UtcTimestamps.formatCompactDate(millis));
      assertEquals(seconds, UtcTimestamps.parseIso8601(ISO.format(instant)));
      assertEquals(seconds, UtcTimestamps.parseRfc1123(RFC_1123.format(instant)));
      assertEquals(seconds, UtcTimestamps.parseCompact(COMPACT.format(instant)));
    }
  }

  /** The ends of the range and the instants where a day, a year or a 32-bit count of seconds turns. */
  @Test
  void agreesWithJavaTimeAtTheEdges() {
    long[] edges = {
      0, 999, 1000, 86_399_999, 86_400_000, 951_782_400_000L, 951_868_799_999L, 2_147_483_647_000L,
      2_147_483_648_000L, 4_294_967_295_999L, 4_294_967_296_000L, YEAR_10000 - 1000, YEAR_10000 - 1
    };
    for (long millis : edges) {
      Instant instant = Instant.ofEpochMilli(millis);
      long seconds = instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
      assertEquals(ISO_MILLIS.format(instant), UtcTimestamps.formatIso8601Millis(millis));
      assertEquals(RFC_1123.format(instant), UtcTimestamps.formatRfc1123(millis));
      assertEquals(millis, UtcTimestamps.parseIso8601Millis(ISO_MILLIS.format(instant)));
      assertEquals(seconds, UtcTimestamps.parseRfc1123(RFC_1123.format(instant)));
    }
  }

  @Test
  void handlesTheDocumentedExamples() {
    assertEquals(1_428_580_339_000L, UtcTimestamps.parseIso8601("2015-04-09T11:52:19Z"));
    assertEquals(1_672_223_261_000L, UtcTimestamps.parseRfc1123("Wed, 28 Dec 2022 10:27:41 GMT"));
    assertEquals("20231216T162057Z", UtcTimestamps.formatCompact(1_702_743_657_000L));
    assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", UtcTimestamps.formatRfc1123(0));
    assertEquals("2000-02-29T23:59:59Z", UtcTimestamps.formatIso8601(951_868_799_000L));
    assertEquals("2023-02-19T13:19:00.000Z", UtcTimestamps.formatIso8601Millis(1_676_812_740_000L));
    assertEquals("1970-01-01T00:00:00.001Z", UtcTimestamps.formatIso8601Millis(1));
    assertEquals(1_676_812_740_999L, UtcTimestamps.parseIso8601Millis("2023-02-19T13:19:00.999Z"));
  }

  @Test
  void rejectsMalformedAndImpossibleTimestamps() {
    String[] isoBad = {
      "", "2015-04-09T11:52:19", "2015-04-09 11:52:19Z", "2015-13-09T11:52:19Z", "2015-02-29T11:52:19Z",
      "2015-04-31T11:52:19Z", "2015-04-09T24:00:00Z", "2015-04-09T11:60:19Z", "2015-04-09T11:52:60Z",
      "2015-04-09T11:52:19.000Z", "1969-12-31T23:59:59Z", "2015-0a-09T11:52:19Z"
    };
    for (String text : isoBad) {
      assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.parseIso8601(text), text);
    }
    String[] rfcBad = {
      "Thu, 28 Dec 2022 10:27:41 GMT", "Wed, 28 Foo 2022 10:27:41 GMT", "Wed, 28 Dec 2022 10:27:41 UTC",
      "Wed 28 Dec 2022 10:27:41 GMT", "Wed, 32 Dec 2022 10:27:41 GMT"
    };
    for (String text : rfcBad) {
      assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.parseRfc1123(text), text);
    }
    String[] isoMillisBad = {
      "2015-04-09T11:52:19Z", "2015-04-09T11:52:19.00Z", "2015-04-09T11:52:19.0000Z", "2015-04-09T11:52:19,000Z",
      "2015-04-09T11:52:19.00aZ", "2015-04-09T11:52:60.000Z", "2015-04-09T11:52:19.000+"
    };
    for (String text : isoMillisBad) {
      assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.parseIso8601Millis(text), text);
    }
    assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.parseCompact("20231216T162057"));
    assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.parseIso8601(null));
  }
}
