package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.Hmac;
import java.util.ArrayList;
import java.util.List;

/**
 * OSS V4 signing keys, derived once per secret, day and region and then kept, as Alibaba's and AWS's
 * signers keep theirs: the derivation is four HMACs, more than the signature itself, and a signer signs
 * with the same key all day.
 *
 * <pre>
 * SigningKey = HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(
 *                  "aliyun_v4" + AccessKeySecret, yyyyMMdd), region), "oss"), "aliyun_v4_request")
 * </pre>
 *
 * <p>At most {@link #CAPACITY} keys are kept, the least recently used going first, so that a verifier
 * that sees many temporary credentials holds no more than that. They are kept in a list, the most
 * recently used first: a search of at most 32 entries costs little beside four HMACs, and the browser's
 * script carries no hash map for it. The keys (and the secrets they are kept
 * under) stay in memory as long as the credentials themselves would in a signer's hands. Thread-safe.
 */
final class OssV4SigningKeys {

  /** How many keys are kept: a few credentials, each over a day boundary and in a few regions. */
  static final int CAPACITY = 32;

  /** The kept scopes and their keys, at the same positions, the most recently used first. */
  private static final List<Scope> SCOPES = new ArrayList<>();
  private static final List<byte[]> KEYS = new ArrayList<>();

  private OssV4SigningKeys() {}

  /**
   * The signing key of {@code accessKeySecret} on {@code date} ({@code yyyyMMdd}) in {@code region}. The
   * array is shared with later callers: never change it.
   */
  static byte[] of(String accessKeySecret, String date, String region) {
    Scope scope = new Scope(accessKeySecret, date, region);
    synchronized (SCOPES) {
      int index = SCOPES.indexOf(scope);
      if (index >= 0) {
        byte[] key = KEYS.get(index);
        if (index > 0) {
          keepFirst(index, scope, key);
        }
        return key;
      }
    }
    byte[] key = derive(accessKeySecret, date, region);
    synchronized (SCOPES) {
      // Another caller may have kept the same key meanwhile.
      int index = SCOPES.indexOf(scope);
      if (index < 0 && SCOPES.size() == CAPACITY) {
        SCOPES.remove(CAPACITY - 1);
        KEYS.remove(CAPACITY - 1);
      }
      keepFirst(index, scope, key);
    }
    return key;
  }

  /** How many keys are kept now. */
  static int size() {
    synchronized (SCOPES) {
      return SCOPES.size();
    }
  }

  /** Moves {@code scope} and its {@code key} to the front, from {@code index} (-1: not kept yet). */
  private static void keepFirst(int index, Scope scope, byte[] key) {
    if (index >= 0) {
      SCOPES.remove(index);
      KEYS.remove(index);
    }
    SCOPES.add(0, scope);
    KEYS.add(0, key);
  }

  private static byte[] derive(String accessKeySecret, String date, String region) {
    byte[] key = Hmac.sha256(Utf8.encode("aliyun_v4" + accessKeySecret), Utf8.encode(date));
    key = Hmac.sha256(key, Utf8.encode(region));
    key = Hmac.sha256(key, Utf8.encode(OssSignatureV4.PRODUCT));
    return Hmac.sha256(key, Utf8.encode(OssSignatureV4.TERMINATOR));
  }

  /** What a key is derived from. */
  private static final class Scope {
    private final String accessKeySecret;
    private final String date;
    private final String region;

    Scope(String accessKeySecret, String date, String region) {
      this.accessKeySecret = accessKeySecret;
      this.date = date;
      this.region = region;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Scope)) {
        return false;
      }
      Scope that = (Scope) other;
      return accessKeySecret.equals(that.accessKeySecret) && date.equals(that.date) && region.equals(that.region);
    }

    @Override
    public int hashCode() {
      return (accessKeySecret.hashCode() * 31 + date.hashCode()) * 31 + region.hashCode();
    }
  }
}
