package dev.ossdirect.bench.faces.quality;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;

/**
 * An axis-aligned rectangle in a picture's pixels, in real numbers: a face's true place, or where a
 * detector put one. Real numbers because transformed truths fall between pixels, and rounding them
 * would bias the overlap of small faces.
 */
public record Box(double left, double top, double width, double height) {

  public Box {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("a box needs a positive size, not " + width + "x" + height);
    }
  }

  public double right() {
    return left + width;
  }

  public double bottom() {
    return top + height;
  }

  public double area() {
    return width * height;
  }

  /**
   * Intersection over union: the area both boxes cover over the area either covers; 1 for the same box,
   * 0 for boxes that do not overlap.
   */
  public double iou(Box other) {
    double overlapWidth = Math.min(right(), other.right()) - Math.max(left, other.left);
    double overlapHeight = Math.min(bottom(), other.bottom()) - Math.max(top, other.top);
    if (overlapWidth <= 0 || overlapHeight <= 0) {
      return 0;
    }
    double overlap = overlapWidth * overlapHeight;
    return overlap / (area() + other.area() - overlap);
  }

  /**
   * Where this box goes when its picture is transformed by {@code transform}: its four corners
   * transformed, and the smallest axis-aligned box that holds them. For a turn, that box encloses the
   * turned face box, and is larger than it by up to a factor of {@code |cos| + |sin|} on each side
   * (1.41 at 45°).
   */
  public Box transformed(AffineTransform transform) {
    double[] corners = {left, top, right(), top, right(), bottom(), left, bottom()};
    transform.transform(corners, 0, corners, 0, 4);
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < corners.length; i += 2) {
      minX = Math.min(minX, corners[i]);
      maxX = Math.max(maxX, corners[i]);
      minY = Math.min(minY, corners[i + 1]);
      maxY = Math.max(maxY, corners[i + 1]);
    }
    return new Box(minX, minY, maxX - minX, maxY - minY);
  }

  /** The box's centre. */
  public Point2D centre() {
    return new Point2D.Double(left + width / 2, top + height / 2);
  }

  /** A box of the same centre, each side {@code factor} times as long. */
  public Box grown(double factor) {
    double newWidth = width * factor;
    double newHeight = height * factor;
    return new Box(left - (newWidth - width) / 2, top - (newHeight - height) / 2, newWidth, newHeight);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0fx%.0f", left, top, width, height);
  }
}
