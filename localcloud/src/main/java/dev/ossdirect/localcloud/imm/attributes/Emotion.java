package dev.ossdirect.localcloud.imm.attributes;

/**
 * A face's expression, in IMM's words: its {@code Figure} structure documents exactly two values for
 * {@code Emotion}, {@code happiness} and {@code none}.
 */
public enum Emotion {
  HAPPINESS("happiness"),
  NONE("none");

  private final String immName;

  Emotion(String immName) {
    this.immName = immName;
  }

  /** The value IMM writes in {@code Emotion}. */
  public String immName() {
    return immName;
  }
}
