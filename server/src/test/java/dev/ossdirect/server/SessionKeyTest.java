package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
  void aMacIsHmacSha256OfTheContextAndIdTruncatedTo16Bytes() throws Exception {
    SessionKey key = SessionKey.parse(HexFormat.of().formatHex(bytes(32)));
    assertEquals(expectedMac(bytes(32), ID), key.mac(ID));
    assertEquals(expectedMac(bytes(32), ID), key.mac(ID), "the same again on a MAC used before");
  }

  @Test
  void macsComputedTogetherOnManyThreadsAreEachRight() throws Exception {
    SessionKey key = SessionKey.parse(HexFormat.of().formatHex(bytes(32)));
    List<String> ids = new ArrayList<>();
    Map<String, String> expected = new HashMap<>();
    for (int i = 0; i < 64; i++) {
      String id = String.format("%032x", i * 7919L);
      ids.add(id);
      expected.put(id, expectedMac(bytes(32), id));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        wrong.add(threads.submit(() -> {
          int count = 0;
          for (int round = 0; round < 500; round++) {
            String id = ids.get((round + offset) % ids.size());
            String mac = key.mac(id);
            count += mac.equals(expected.get(id)) && key.verifies(id, mac) ? 0 : 1;
          }
          return count;
        }));
      }
      for (Future<Integer> count : wrong) {
        assertEquals(0, count.get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String expectedMac(byte[] key, String id) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] full = mac.doFinal(("ossdirect-session:" + id).getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(Arrays.copyOf(full, 16));
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
