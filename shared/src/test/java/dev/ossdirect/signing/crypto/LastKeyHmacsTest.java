package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The browser's HMACs keep the last key's padded blocks compressed, and must start again whenever the
 * key is another one, even of the same length or in the same array changed since.
 */
class LastKeyHmacsTest {

  private static final byte[] MESSAGE = "POST&%2F&Action%3DDetectImageFaces".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSameKeyReusesItsHmacAndSignsAlikeEachTime() throws Exception {
    LastKeyHmacs macs = new LastKeyHmacs();
    byte[] key = "secret&".getBytes(StandardCharsets.UTF_8);
    PortableHmac first = macs.sha1(key);
    assertArrayEquals(jdk("HmacSHA1", key, MESSAGE), first.mac(MESSAGE));
    assertSame(first, macs.sha1(key.clone()));
    assertArrayEquals(jdk("HmacSHA1", key, MESSAGE), macs.sha1(key).mac(MESSAGE));
    assertArrayEquals(jdk("HmacSHA1", key, MESSAGE), macs.sha1(key).macOfUtf8(new String(MESSAGE, StandardCharsets.UTF_8)));
  }

  @Test
  void anotherKeyOfTheSameLengthOrTheSameArrayChangedSignsWithTheNewKey() throws Exception {
    LastKeyHmacs macs = new LastKeyHmacs();
    byte[] key = "secret-1&".getBytes(StandardCharsets.UTF_8);
    PortableHmac first = macs.sha256(key);
    assertArrayEquals(jdk("HmacSHA256", key, MESSAGE), first.mac(MESSAGE));
    byte[] other = "secret-2&".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(jdk("HmacSHA256", other, MESSAGE), macs.sha256(other).mac(MESSAGE));
    key[7] = '3';
    assertNotSame(first, macs.sha256(key));
    assertArrayEquals(jdk("HmacSHA256", key, MESSAGE), macs.sha256(key).mac(MESSAGE));
  }

  @Test
  void keysLongerThanABlockAndTheEmptyKeyAreKeptToo() throws Exception {
    LastKeyHmacs macs = new LastKeyHmacs();
    for (int length : new int[] {63, 64, 65, 200}) {
      byte[] key = new byte[length];
      for (int i = 0; i < length; i++) {
        key[i] = (byte) (i * 7 + length);
      }
      assertArrayEquals(jdk("HmacSHA1", key, MESSAGE), macs.sha1(key).mac(MESSAGE), "length " + length);
      assertArrayEquals(jdk("HmacSHA1", key, MESSAGE), macs.sha1(key).mac(MESSAGE), "length " + length + " again");
    }
    PortableHmac empty = macs.sha1(new byte[0]);
    assertArrayEquals(macs.sha1(new byte[1]).mac(MESSAGE), empty.mac(MESSAGE));
  }

  private static byte[] jdk(String algorithm, byte[] key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    return mac.doFinal(message);
  }
}
