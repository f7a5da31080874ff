package dev.ossdirect.client.faces;

import java.util.Collections;
import java.util.List;

/** One face IMM found: its number on the page, its box, and the attributes IMM reported for it. */
public final class DetectedFace {

  private final int number;
  private final FaceBoundary boundary;
  private final List<FaceAttribute> attributes;

  public DetectedFace(int number, FaceBoundary boundary, List<FaceAttribute> attributes) {
    this.number = number;
    this.boundary = boundary;
    this.attributes = Collections.unmodifiableList(attributes);
  }

  /** 1 for the first face, as labelled on its rectangle and its table. */
  public int number() {
    return number;
  }

  /** The face's box, or {@code null} when IMM gave none. */
  public FaceBoundary boundary() {
    return boundary;
  }

  public List<FaceAttribute> attributes() {
    return attributes;
  }
}
