package dev.ossdirect.client.faces;

import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.client.text.Decimals;

/** Where a face is, in the picture's own pixels: its box's top-left corner and size. */
public final class FaceBoundary {

  private final double left;
  private final double top;
  private final double width;
  private final double height;

  public FaceBoundary(double left, double top, double width, double height) {
    this.left = left;
    this.top = top;
    this.width = width;
    this.height = height;
  }

  /** IMM's {@code Boundary {Left, Top, Width, Height}}, or {@code null} when any of them is missing. */
  static FaceBoundary from(JsonObject boundary) {
    if (boundary == null) {
      return null;
    }
    Double left = boundary.number("Left");
    Double top = boundary.number("Top");
    Double width = boundary.number("Width");
    Double height = boundary.number("Height");
    if (left == null || top == null || width == null || height == null) {
      return null;
    }
    return new FaceBoundary(left, top, width, height);
  }

  public double left() {
    return left;
  }

  public double top() {
    return top;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** {@code 304 × 381 px at (182, 175)}. */
  public String describe() {
    return Decimals.format(width, 1) + " \u00d7 " + Decimals.format(height, 1) + " px at ("
        + Decimals.format(left, 1) + ", " + Decimals.format(top, 1) + ")";
  }
}
