package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.RandomSource;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ObjectKeysTest {

  @Test
  void keepsSafeNamesAndTheirExtension() {
    assertEquals("grace_hopper.jpg", ObjectKeys.sanitize("grace_hopper.jpg"));
    assertEquals("Holiday-2024.png", ObjectKeys.sanitize("Holiday 2024.png"));
    assertEquals("photo.jpg", ObjectKeys.sanitize("photo.JPG"));
  }

  @Test
  void replacesUnsafeCharactersAndDropsFolders() {
    assertEquals("my-photo-1.jpeg", ObjectKeys.sanitize("my photo (1).jpeg"));
    assertEquals("passwd", ObjectKeys.sanitize("../../etc/passwd"));
    assertEquals("evil.png", ObjectKeys.sanitize("C:\\Users\\x\\evil.png"));
    assertEquals("a-b.png", ObjectKeys.sanitize("a?#%&b.png"));
    assertEquals("file.jpg", ObjectKeys.sanitize("照片.jpg"));
    assertEquals("file", ObjectKeys.sanitize("..."));
    assertEquals("hidden", ObjectKeys.sanitize(".hidden"));
    assertEquals("archive.tar.gz", ObjectKeys.sanitize("archive.tar.gz"));
    assertEquals("name.with-dash-ext", ObjectKeys.sanitize("name.with-dash ext"));
  }

  @Test
  void boundsTheLengthButKeepsTheExtension() {
    String sanitized = ObjectKeys.sanitize("x".repeat(500) + ".jpeg");
    assertEquals(ObjectKeys.MAX_NAME_LENGTH, sanitized.length());
    assertTrue(sanitized.endsWith("x.jpeg"));
  }

  @Test
  void prefixesARandomVersionFourUuid() {
    RandomSource random = new SecureRandom()::nextBytes;
    String key = ObjectKeys.forUpload("uploads/abc/", "cat.png", random);
    assertTrue(key.matches("uploads/abc/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-cat\\.png"), key);
    assertNotEquals(key, ObjectKeys.forUpload("uploads/abc/", "cat.png", random));
  }

  @Test
  void formatsTheUuidFromTheRandomBytes() {
    RandomSource zeros = bytes -> java.util.Arrays.fill(bytes, (byte) 0xff);
    assertEquals("ffffffff-ffff-4fff-bfff-ffffffffffff", ObjectKeys.randomUuid(zeros));
  }
}
