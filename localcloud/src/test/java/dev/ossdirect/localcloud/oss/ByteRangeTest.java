package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Which bytes a {@code Range} header selects, as OSS reads it. */
class ByteRangeTest {

  @Test
  void readsTheThreeFormsOfOneRange() throws Exception {
    assertEquals(new ByteRange(10, 10), ByteRange.parse("bytes=10-19", 100));
    assertEquals(new ByteRange(90, 10), ByteRange.parse("bytes=90-500", 100));
    assertEquals(new ByteRange(40, 60), ByteRange.parse("bytes=40-", 100));
    assertEquals(new ByteRange(70, 30), ByteRange.parse("bytes=-30", 100));
    assertEquals(new ByteRange(0, 100), ByteRange.parse("bytes=-300", 100));
    assertEquals("bytes 10-19/100", new ByteRange(10, 10).contentRange(100));
  }

  @Test
  void ignoresMalformedAndMultipleRanges() throws Exception {
    for (String header : new String[] {null, "", "bytes=", "bytes=-", "bytes=5", "bytes=9-2", "bytes=a-5",
        "bytes=1-2,4-5", "items=1-2", "bytes=-0"}) {
      assertNull(ByteRange.parse(header, 100), header);
    }
  }

  @Test
  void aRangeStartingPastTheEndIsInvalidRange() {
    OssException e = assertThrows(OssException.class, () -> ByteRange.parse("bytes=100-", 100));
    assertEquals(416, e.status());
    assertEquals("InvalidRange", e.code());
  }
}
