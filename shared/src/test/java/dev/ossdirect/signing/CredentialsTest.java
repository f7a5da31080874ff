package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void longTermKeysNeverExpire() {
    Credentials credentials = Credentials.of("id", "secret");
    assertFalse(credentials.isTemporary());
    assertNull(credentials.securityToken());
    assertThrows(IllegalStateException.class, credentials::expirationMillis);
    assertFalse(credentials.expiresWithin(1_000_000, Clock.fixed(Long.MAX_VALUE / 2)));
  }

  @Test
  void temporaryCredentialsExpireWithinAMarginByTheGivenClock() {
    Credentials credentials = Credentials.temporary("STS.id", "secret", "token", 1_000_000L);
    assertTrue(credentials.isTemporary());
    assertFalse(credentials.expiresWithin(60, Clock.fixed(1_000_000L - 60_001)));
    assertTrue(credentials.expiresWithin(60, Clock.fixed(1_000_000L - 60_000)));
    assertTrue(credentials.expiresWithin(0, Clock.fixed(1_000_000L)));
    assertTrue(credentials.expiresWithin(0, Clock.fixed(2_000_000L)));
  }

  @Test
  void toStringShowsNeitherSecretNorToken() {
    String text = Credentials.temporary("STS.id", "s3cr3t", "t0k3n", 5L).toString();
    assertTrue(text.contains("STS.id"));
    assertFalse(text.contains("s3cr3t"));
    assertFalse(text.contains("t0k3n"));
  }

  @Test
  void requiresIdSecretAndToken() {
    assertThrows(IllegalArgumentException.class, () -> Credentials.of("", "secret"));
    assertThrows(IllegalArgumentException.class, () -> Credentials.of("id", null));
    assertThrows(IllegalArgumentException.class, () -> Credentials.temporary("id", "s", "", 1L));
  }

  @Test
  void equalityCoversEveryField() {
    assertEquals(Credentials.of("a", "b"), Credentials.of("a", "b"));
    assertFalse(Credentials.of("a", "b").equals(Credentials.of("a", "c")));
    assertFalse(
        Credentials.temporary("a", "b", "t", 1L).equals(Credentials.temporary("a", "b", "t", 2L)));
  }
}
