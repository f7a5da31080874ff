package dev.ossdirect.signing.crypto;

/**
 * The Merkle–Damgård frame shared by SHA-1 and SHA-256: 64-byte blocks, padding with a single 1 bit,
 * zeros, and the message length in bits as a big-endian 64-bit integer. Subclasses supply the compression
 * function and the final state.
 *
 * <p>Every sum of {@code int}s in the compression functions is written {@code (x + y) | 0}. On the JVM the
 * {@code | 0} does nothing; in GWT's JavaScript, where an {@code int} is a double and addition does not
 * wrap, it truncates the sum to 32 bits as Java would, before the growing value loses precision.
 */
abstract class BlockDigest implements Digest {

  private static final int BLOCK_LENGTH = 64;
  private static final int LENGTH_FIELD_OFFSET = BLOCK_LENGTH - 8;

  private final byte[] buffer = new byte[BLOCK_LENGTH];
  private int buffered;
  private long messageLength;

  /** Compresses the 64 bytes of {@code block} starting at {@code offset} into the state. */
  abstract void processBlock(byte[] block, int offset);

  /** The hash of everything processed so far, after the padding block. */
  abstract byte[] state();

  /** Returns the state to the function's initial value. */
  abstract void resetState();

  @Override
  public final void update(byte[] input, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > input.length) {
      throw new IndexOutOfBoundsException("offset " + offset + ", length " + length);
    }
    messageLength += length;
    if (buffered > 0) {
      int taken = Math.min(BLOCK_LENGTH - buffered, length);
      System.arraycopy(input, offset, buffer, buffered, taken);
      buffered += taken;
      offset += taken;
      length -= taken;
      if (buffered < BLOCK_LENGTH) {
        return;
      }
      processBlock(buffer, 0);
      buffered = 0;
    }
    while (length >= BLOCK_LENGTH) {
      processBlock(input, offset);
      offset += BLOCK_LENGTH;
      length -= BLOCK_LENGTH;
    }
    if (length > 0) {
      System.arraycopy(input, offset, buffer, 0, length);
      buffered = length;
    }
  }

  @Override
  public final byte[] digest() {
    int lengthLow = (int) (messageLength << 3);
    int lengthHigh = (int) (messageLength >>> 29);
    buffer[buffered++] = (byte) 0x80;
    if (buffered > LENGTH_FIELD_OFFSET) {
      fillZeros(buffered, BLOCK_LENGTH);
      processBlock(buffer, 0);
      buffered = 0;
    }
    fillZeros(buffered, LENGTH_FIELD_OFFSET);
    putIntBigEndian(lengthHigh, buffer, LENGTH_FIELD_OFFSET);
    putIntBigEndian(lengthLow, buffer, LENGTH_FIELD_OFFSET + 4);
    processBlock(buffer, 0);
    byte[] result = state();
    reset();
    return result;
  }

  @Override
  public final int blockLength() {
    return BLOCK_LENGTH;
  }

  private void reset() {
    buffered = 0;
    messageLength = 0;
    resetState();
  }

  private void fillZeros(int from, int to) {
    for (int i = from; i < to; i++) {
      buffer[i] = 0;
    }
  }

  static int getIntBigEndian(byte[] bytes, int offset) {
    return (bytes[offset] << 24)
        | ((bytes[offset + 1] & 0xff) << 16)
        | ((bytes[offset + 2] & 0xff) << 8)
        | (bytes[offset + 3] & 0xff);
  }

  static void putIntBigEndian(int value, byte[] bytes, int offset) {
    bytes[offset] = (byte) (value >>> 24);
    bytes[offset + 1] = (byte) (value >>> 16);
    bytes[offset + 2] = (byte) (value >>> 8);
    bytes[offset + 3] = (byte) value;
  }

  static int rotateLeft(int value, int distance) {
    return (value << distance) | (value >>> (32 - distance));
  }

  static int rotateRight(int value, int distance) {
    return (value >>> distance) | (value << (32 - distance));
  }
}
