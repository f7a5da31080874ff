package dev.ossdirect.client.faces;

/** One row of a face's table: what, its value, and how sure IMM is (empty when it does not say). */
public final class FaceAttribute {

  private final String label;
  private final String value;
  private final String confidence;

  public FaceAttribute(String label, String value, String confidence) {
    this.label = label;
    this.value = value;
    this.confidence = confidence;
  }

  public String label() {
    return label;
  }

  public String value() {
    return value;
  }

  /** The confidence as a percentage, such as {@code 98.4%}, or the empty string. */
  public String confidence() {
    return confidence;
  }

  @Override
  public String toString() {
    return label + ": " + value + (confidence.isEmpty() ? "" : " (" + confidence + ")");
  }
}
