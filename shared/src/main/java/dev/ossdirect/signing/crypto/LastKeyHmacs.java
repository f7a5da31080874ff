package dev.ossdirect.signing.crypto;

/**
 * The browser's HMACs, each kept with its last key: a page signs request after request with the same
 * secret (or OSS V4 signing key), so the padded key blocks are compressed again only when the key
 * changes. Keys are compared byte for byte, which costs far less than the two compressions it saves.
 * Not thread-safe: the browser runs it on its one thread.
 */
final class LastKeyHmacs {

  private PortableHmac sha1;
  private PortableHmac sha256;

  /** HMAC-SHA1 under {@code key}, made anew only if the last key was another. */
  PortableHmac sha1(byte[] key) {
    if (sha1 == null || !sha1.hasKey(key)) {
      sha1 = PortableHmac.sha1(key);
    }
    return sha1;
  }

  /** HMAC-SHA256 under {@code key}, made anew only if the last key was another. */
  PortableHmac sha256(byte[] key) {
    if (sha256 == null || !sha256.hasKey(key)) {
      sha256 = PortableHmac.sha256(key);
    }
    return sha256;
  }
}
