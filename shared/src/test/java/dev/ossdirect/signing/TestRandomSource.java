package dev.ossdirect.signing;

/** A deterministic {@link RandomSource}: byte {@code i} of the stream is {@code seed + i}. */
public final class TestRandomSource implements RandomSource {

  private int next;

  public TestRandomSource(int seed) {
    this.next = seed;
  }

  @Override
  public void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) next++;
    }
  }
}
