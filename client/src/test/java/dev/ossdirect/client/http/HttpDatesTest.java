package dev.ossdirect.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HttpDatesTest {

  /** Exact to the millisecond at both ends of the range, past 2^32 seconds and at the last second of 9999. */
  @Test
  void readsTheDateHeaderExactly() {
    assertEquals(0.0, HttpDates.parse("Thu, 01 Jan 1970 00:00:00 GMT"));
    assertEquals(1_672_223_261_000.0, HttpDates.parse(" Wed, 28 Dec 2022 10:27:41 GMT "));
    assertEquals(4_294_967_296_000.0, HttpDates.parse("Sun, 07 Feb 2106 06:28:16 GMT"));
    assertEquals(253_402_300_799_000.0, HttpDates.parse("Fri, 31 Dec 9999 23:59:59 GMT"));
  }

  @Test
  void answersNullForNoDateOrAMalformedOne() {
    assertNull(HttpDates.parse(null));
    assertNull(HttpDates.parse(""));
    assertNull(HttpDates.parse("Wed, 28 Dec 2022 10:27:41"));
    assertNull(HttpDates.parse("Thu, 28 Dec 2022 10:27:41 GMT"));
  }
}
