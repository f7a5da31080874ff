package dev.ossdirect.signing.oss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The kept V4 signing keys: each is the derivation of its own secret, day and region, and no more than
 * {@link OssV4SigningKeys#CAPACITY} are kept, the least recently used dropped first.
 */
class OssV4SigningKeysTest {

  /** Secrets no other test uses, so that the keys kept by other tests do not matter here. */
  private static final AtomicInteger FRESH = new AtomicInteger();

  private static String freshSecret() {
    return "keys-test-secret-" + FRESH.incrementAndGet() + "-" + System.nanoTime();
  }

  @Test
  void aKeyIsTheDerivationOfItsSecretDayAndRegion() throws Exception {
    for (String region : new String[] {"cn-hangzhou", "ap-southeast-1"}) {
      for (String date : new String[] {"20251128", "20251129"}) {
        String secret = freshSecret();
        assertArrayEquals(derivedByTheJdk(secret, date, region), OssV4SigningKeys.of(secret, date, region));
        assertArrayEquals(derivedByTheJdk(secret, date, region), OssV4SigningKeys.of(secret, date, region));
      }
    }
  }

  @Test
  void aSecondCallGetsTheKeptKey() {
    String secret = freshSecret();
    assertSame(OssV4SigningKeys.of(secret, "20251128", "cn-hangzhou"),
        OssV4SigningKeys.of(secret, "20251128", "cn-hangzhou"));
  }

  @Test
  void eachPartOfTheScopeGivesAKeyOfItsOwn() {
    String secret = freshSecret();
    byte[] key = OssV4SigningKeys.of(secret, "20251128", "cn-hangzhou");
    assertFalse(Arrays.equals(key, OssV4SigningKeys.of(secret + "x", "20251128", "cn-hangzhou")));
    assertFalse(Arrays.equals(key, OssV4SigningKeys.of(secret, "20251129", "cn-hangzhou")));
    assertFalse(Arrays.equals(key, OssV4SigningKeys.of(secret, "20251128", "cn-shanghai")));
    assertSame(key, OssV4SigningKeys.of(secret, "20251128", "cn-hangzhou"));
  }

  @Test
  void keepsExactlyItsCapacityAndDropsTheLeastRecentlyUsedFirst() {
    String[] secrets = new String[OssV4SigningKeys.CAPACITY + 1];
    byte[][] keys = new byte[secrets.length][];
    for (int i = 0; i < OssV4SigningKeys.CAPACITY; i++) {
      secrets[i] = freshSecret();
      keys[i] = OssV4SigningKeys.of(secrets[i], "20251128", "cn-hangzhou");
    }
    assertEquals(OssV4SigningKeys.CAPACITY, OssV4SigningKeys.size());
    // Full to the last place: every key is still kept. Using the first makes the second the eldest.
    for (int i = 0; i < OssV4SigningKeys.CAPACITY; i++) {
      assertSame(keys[i], OssV4SigningKeys.of(secrets[i], "20251128", "cn-hangzhou"), "key " + i);
    }
    assertSame(keys[0], OssV4SigningKeys.of(secrets[0], "20251128", "cn-hangzhou"));

    secrets[OssV4SigningKeys.CAPACITY] = freshSecret();
    OssV4SigningKeys.of(secrets[OssV4SigningKeys.CAPACITY], "20251128", "cn-hangzhou");
    assertEquals(OssV4SigningKeys.CAPACITY, OssV4SigningKeys.size());
    assertSame(keys[0], OssV4SigningKeys.of(secrets[0], "20251128", "cn-hangzhou"));
    byte[] again = OssV4SigningKeys.of(secrets[1], "20251128", "cn-hangzhou");
    assertNotSame(keys[1], again, "the least recently used key was dropped and derived again");
    assertArrayEquals(keys[1], again);
  }

  @Test
  void thePublicSigningKeyIsACopyThatCallersCannotSpoil() throws Exception {
    String secret = freshSecret();
    byte[] copy = OssSignatureV4.signingKey(secret, "20251128", "cn-hangzhou");
    Arrays.fill(copy, (byte) 0);
    byte[] derived = derivedByTheJdk(secret, "20251128", "cn-hangzhou");
    assertArrayEquals(derived, OssV4SigningKeys.of(secret, "20251128", "cn-hangzhou"));
    assertArrayEquals(derived, OssSignatureV4.signingKey(secret, "20251128", "cn-hangzhou"));
  }

  private static byte[] derivedByTheJdk(String secret, String date, String region) throws Exception {
    byte[] key = ("aliyun_v4" + secret).getBytes(StandardCharsets.UTF_8);
    for (String part : new String[] {date, region, "oss", "aliyun_v4_request"}) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      key = mac.doFinal(part.getBytes(StandardCharsets.UTF_8));
    }
    return key;
  }
}
