package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionKeyTest {

  private static final String ID = "0123456789abcdef0123456789abcdef";

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) (i * 37 + 11);
    }
    return bytes;
  }

  @Test
  void theSameKeyWrittenAsHexOrEitherBase64MacsAlike() {
    byte[] key = bytes(32);
    String mac = SessionKey.parse(HexFormat.of().formatHex(key)).mac(ID);
    assertEquals(mac, SessionKey.parse(HexFormat.of().withUpperCase().formatHex(key)).mac(ID));
    assertEquals(mac, SessionKey.parse(Base64.getEncoder().encodeToString(key)).mac(ID));
    assertEquals(mac, SessionKey.parse(Base64.getEncoder().withoutPadding().encodeToString(key)).mac(ID));
    assertEquals(mac, SessionKey.parse(Base64.getUrlEncoder().encodeToString(key)).mac(ID));
    assertEquals(mac, SessionKey.parse(" " + HexFormat.of().formatHex(key) + "\n").mac(ID));
  }

  @Test
  void aKeyNeedsAtLeast32Bytes() {
    SessionKey.parse(HexFormat.of().formatHex(bytes(32)));
    SessionKey.parse(Base64.getEncoder().encodeToString(bytes(32)));
    assertThrows(IllegalArgumentException.class, () -> SessionKey.parse(HexFormat.of().formatHex(bytes(31))));
    assertThrows(IllegalArgumentException.class, () -> SessionKey.parse(Base64.getEncoder().encodeToString(bytes(31))));
    assertThrows(IllegalArgumentException.class, () -> SessionKey.parse(""));
    assertThrows(IllegalArgumentException.class, () -> SessionKey.parse("not a key, not even base64!"));
  }

  @Test
  void aMacVerifiesOnlyItsIdUnderItsKey() {
    SessionKey key = SessionKey.parse(HexFormat.of().formatHex(bytes(32)));
    String mac = key.mac(ID);
    assertTrue(mac.matches("[0-9a-f]{32}"), mac);
    assertTrue(key.verifies(ID, mac));
    assertTrue(SessionKey.parse(HexFormat.of().formatHex(bytes(32))).verifies(ID, mac));
    assertFalse(key.verifies(ID.replace('0', '1'), mac));
    assertFalse(SessionKey.parse(HexFormat.of().formatHex(bytes(33))).verifies(ID, mac));
    assertFalse(SessionKey.random().verifies(ID, mac));
    assertFalse(key.verifies(ID, mac.substring(0, 30)));
    assertFalse(key.verifies(ID, mac + "00"));
    assertFalse(key.verifies(ID, "not hex"));
  }

  @Test
  void randomKeysDiffer() {
    assertNotEquals(SessionKey.random().mac(ID), SessionKey.random().mac(ID));
  }

  @Test
  void theKeyNeverShowsInItsText() {
    String hex = HexFormat.of().formatHex(bytes(32));
    SessionKey key = SessionKey.parse(hex);
    assertFalse(key.toString().contains(hex.substring(0, 8)), key.toString());
    ServerSettings settings = ServerSettings.read(Map.of("OSSDIRECT_SESSION_KEY", hex), List.of());
    assertFalse(settings.toString().contains(hex.substring(0, 8)), "the settings' text shows the key");
  }
}
