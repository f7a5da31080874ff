package dev.ossdirect.bench.jvm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * javax.crypto's HMAC of one string to sign under one key, with the {@link Mac} initialised once: the
 * cost below which no signer of that string can go, since every scheme ends in this HMAC.
 */
final class HmacFloor {

  private final Mac mac;
  private final byte[] message;

  HmacFloor(String algorithm, byte[] key, String stringToSign) {
    try {
      mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
    message = stringToSign.getBytes(StandardCharsets.UTF_8);
  }

  byte[] compute() {
    return mac.doFinal(message);
  }
}
