package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Which key rule an {@code InvalidObjectName} comes from decides its fine-grained code: OSS's own rules have
 * one each, the local OSS's extra rules (no backslash, control character or dot segment) have none.
 */
class ObjectNamesTest {

  private static String ecOf(String key) {
    OssException e = assertThrows(OssException.class, () -> ObjectNames.check(key));
    assertEquals("InvalidObjectName", e.code());
    return e.ec();
  }

  @Test
  void anEmptyNameHasItsCode() {
    assertEquals("0016-00000001", ecOf(""));
  }

  @Test
  void theLengthLimitIsCountedInUtf8Bytes() {
    assertDoesNotThrow(() -> ObjectNames.check("k".repeat(ObjectNames.MAX_KEY_BYTES)));
    assertEquals("0016-00000002", ecOf("k".repeat(ObjectNames.MAX_KEY_BYTES + 1)));
    assertEquals("0016-00000002", ecOf("é".repeat(ObjectNames.MAX_KEY_BYTES / 2 + 1)));
  }

  @Test
  void aNameStartingWithASlashOrABackslashHasItsCode() {
    assertEquals("0016-00000005", ecOf("/photo.jpg"));
    assertEquals("0016-00000005", ecOf("\\photo.jpg"));
  }

  @Test
  void aNameThatIsNotValidUnicodeHasTheCodeOfNamesThatAreNotUtf8() {
    assertEquals("0016-00000002", ecOf("photo\uD800.jpg"));
    assertDoesNotThrow(() -> ObjectNames.check("photo\uD83D\uDE00.jpg"));
  }

  @Test
  void theLocalRulesHaveNoCode() {
    assertNull(ecOf("uploads\\photo.jpg"));
    assertNull(ecOf("uploads/\u0001.jpg"));
    assertNull(ecOf("uploads/../photo.jpg"));
  }
}
