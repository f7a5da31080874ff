package dev.ossdirect.signing.crypto;

/** A hand-written cryptographic hash function that can be fed incrementally. Not thread-safe. */
interface Digest {

  /** Feeds {@code length} bytes of {@code input} starting at {@code offset}. */
  void update(byte[] input, int offset, int length);

  /** Feeds all of {@code input}. */
  default void update(byte[] input) {
    update(input, 0, input.length);
  }

  /** Finishes the hash, returns it, and resets the digest so it can be used again. */
  byte[] digest();

  /** The size in bytes of the blocks the function compresses (64 for SHA-1 and SHA-256). */
  int blockLength();

  /** The size in bytes of the hash. */
  int digestLength();
}
