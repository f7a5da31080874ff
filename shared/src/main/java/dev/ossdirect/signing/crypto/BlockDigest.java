package dev.ossdirect.signing.crypto;

import dev.ossdirect.signing.codec.Utf8;

/**
 * The Merkle–Damgård frame shared by SHA-1 and SHA-256: 64-byte blocks, padding with a single 1 bit,
 * zeros, and the message length in bits as a big-endian 64-bit integer. Subclasses supply the initial
 * chaining value and the compression function.
 *
 * <p>Input goes straight into the block's sixteen big-endian 32-bit words, which the compression
 * functions read, rather than into a byte buffer that each block would repack: in GWT's JavaScript a
 * {@code byte[]} is an array of numbers, so every byte handled costs an array access. Text can be fed
 * without a {@code byte[]} at all ({@link #updateUtf8}): ASCII is packed four characters to a word.
 *
 * <p>The words live in {@link WordArrays}, which the browser makes {@code Int32Array}s.
 *
 * <p>The length is counted in a {@code double}, exact for any length a browser could hash (2<sup>53</sup>
 * bytes): GWT emulates {@code long} in software, and a {@code long} counter made that emulation part of
 * every update.
 *
 * <p>Every sum of {@code int}s in the compression functions is written {@code (x + y) | 0}. On the JVM the
 * {@code | 0} does nothing; in GWT's JavaScript, where an {@code int} is a double and addition does not
 * wrap, it truncates the sum to 32 bits as Java would, before the growing value loses precision.
 */
abstract class BlockDigest implements Digest {

  private static final int BLOCK_LENGTH = 64;
  private static final int LENGTH_FIELD_WORD = 14;
  /** 2<sup>29</sup>: a byte count above this many bytes has bits in the length field's high word. */
  private static final double HIGH_WORD_BYTES = 0x20000000;

  /** The chaining value: 5 words for SHA-1, 8 for SHA-256. */
  final int[] state;
  private final int[] words = WordArrays.zeros(BLOCK_LENGTH / 4);
  /** Bytes of the current block filled so far, 0 to 63. */
  private int buffered;
  private double messageLength;

  BlockDigest(int stateWords) {
    state = WordArrays.zeros(stateWords);
    resetState();
  }

  /**
   * Compresses the sixteen big-endian words of one block into {@link #state}. It may overwrite them: the
   * compression functions keep their message schedule there, and every word of the next block is
   * written before it is compressed.
   */
  abstract void processBlock(int[] block);

  /** Sets {@link #state} to the function's initial value. */
  abstract void resetState();

  @Override
  public final int digestLength() {
    return 4 * state.length;
  }

  @Override
  public final int blockLength() {
    return BLOCK_LENGTH;
  }

  @Override
  public final void update(byte[] input, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > input.length) {
      throw new IndexOutOfBoundsException("offset " + offset + ", length " + length);
    }
    messageLength += length;
    int end = offset + length;
    int i = offset;
    while (i < end && (buffered & 3) != 0) {
      absorb(input[i++] & 0xff);
    }
    while (end - i >= 4) {
      words[buffered >> 2] = (input[i] << 24)
          | ((input[i + 1] & 0xff) << 16)
          | ((input[i + 2] & 0xff) << 8)
          | (input[i + 3] & 0xff);
      i += 4;
      wordFilled();
    }
    while (i < end) {
      absorb(input[i++] & 0xff);
    }
  }

  /**
   * Feeds the UTF-8 bytes of {@code text}, as {@link Utf8#encode} writes them (an unpaired surrogate as
   * {@code '?'}), without encoding the ASCII in it to a {@code byte[]} first. A run of other characters
   * is encoded whole, so that a surrogate pair is never split.
   */
  final void updateUtf8(String text) {
    int count = text.length();
    int i = 0;
    while (i < count) {
      if ((buffered & 3) == 0) {
        int asciiEnd = i;
        while (count - asciiEnd >= 4) {
          int c0 = text.charAt(asciiEnd);
          int c1 = text.charAt(asciiEnd + 1);
          int c2 = text.charAt(asciiEnd + 2);
          int c3 = text.charAt(asciiEnd + 3);
          if ((c0 | c1 | c2 | c3) >= 0x80) {
            break;
          }
          words[buffered >> 2] = (c0 << 24) | (c1 << 16) | (c2 << 8) | c3;
          asciiEnd += 4;
          wordFilled();
        }
        messageLength += asciiEnd - i;
        i = asciiEnd;
        if (i == count) {
          return;
        }
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        messageLength += 1;
        absorb(c);
        i++;
      } else {
        int runEnd = i + 1;
        while (runEnd < count && text.charAt(runEnd) >= 0x80) {
          runEnd++;
        }
        byte[] bytes = Utf8.encode(text.substring(i, runEnd));
        update(bytes, 0, bytes.length);
        i = runEnd;
      }
    }
  }

  @Override
  public final byte[] digest() {
    int lengthHigh = (int) (messageLength / HIGH_WORD_BYTES);
    int lengthLow = ((int) (messageLength % HIGH_WORD_BYTES)) << 3;
    absorb(0x80);
    if (buffered > 4 * LENGTH_FIELD_WORD) {
      zeroWordsFrom((buffered + 3) >> 2);
      processBlock(words);
      buffered = 0;
    }
    zeroWordsFrom((buffered + 3) >> 2);
    words[LENGTH_FIELD_WORD] = lengthHigh;
    words[LENGTH_FIELD_WORD + 1] = lengthLow;
    processBlock(words);
    byte[] out = new byte[digestLength()];
    for (int i = 0; i < state.length; i++) {
      int word = state[i];
      out[4 * i] = (byte) (word >>> 24);
      out[4 * i + 1] = (byte) (word >>> 16);
      out[4 * i + 2] = (byte) (word >>> 8);
      out[4 * i + 3] = (byte) word;
    }
    reset();
    return out;
  }

  /** Drops whatever was fed and starts a new message. */
  final void reset() {
    buffered = 0;
    messageLength = 0;
    resetState();
  }

  /** A copy of the chaining value, taken after whole blocks only, for {@link #resume}. */
  final int[] chainingValue() {
    if (buffered != 0) {
      throw new IllegalStateException("a block is partly filled");
    }
    return wordsOf(state);
  }

  /**
   * Continues from {@code chainingValue} as if {@code processed} bytes (a whole number of blocks) had
   * been fed: HMAC resumes this way after its key's padded blocks, compressed once per key.
   */
  final void resume(int[] chainingValue, int processed) {
    copyWords(chainingValue, state);
    buffered = 0;
    messageLength = processed;
  }

  /** Adds one byte to the block, without counting it into the length. */
  private void absorb(int value) {
    int index = buffered >> 2;
    int shift = 24 - ((buffered & 3) << 3);
    if (shift == 24) {
      words[index] = value << 24;
    } else {
      words[index] |= value << shift;
    }
    buffered++;
    if (buffered == BLOCK_LENGTH) {
      processBlock(words);
      buffered = 0;
    }
  }

  /** Counts the word just written at {@code buffered}, compressing the block when it is full. */
  private void wordFilled() {
    buffered += 4;
    if (buffered == BLOCK_LENGTH) {
      processBlock(words);
      buffered = 0;
    }
  }

  private void zeroWordsFrom(int from) {
    for (int i = from; i < words.length; i++) {
      words[i] = 0;
    }
  }

  /** A new word array ({@link WordArrays}) holding {@code words}. */
  static int[] wordsOf(int[] words) {
    int[] copy = WordArrays.zeros(words.length);
    copyWords(words, copy);
    return copy;
  }

  /**
   * Copies the first {@code to.length} words of {@code from} into {@code to}, one by one: word arrays
   * may not be copied with {@code System.arraycopy} ({@link WordArrays}).
   */
  static void copyWords(int[] from, int[] to) {
    for (int i = 0; i < to.length; i++) {
      to[i] = from[i];
    }
  }

  static int rotateLeft(int value, int distance) {
    return (value << distance) | (value >>> (32 - distance));
  }

  static int rotateRight(int value, int distance) {
    return (value >>> distance) | (value << (32 - distance));
  }
}
