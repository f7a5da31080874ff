package dev.ossdirect.bench.faces.quality;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A face of the labelled set, where the transforms that made its picture put it.
 *
 * <p>An upright face has one true box. A turned face has two, as there are two ways to give a turned
 * face an axis-aligned box, and detectors take either: {@code box}, the smallest axis-aligned box that
 * holds the four turned corners of its upright box ({@link Box#transformed}; what mapping a box back from
 * a turned copy of the picture gives), and {@code ownSize}, a box of the upright box's own size about the
 * turned centre (what a detector that sees the turned face as it is, and measures its size, gives). At
 * 45° the first is 1.41 times the second on each side, and a tight box of the face's own size overlaps it
 * by a third: scoring against the first alone would count such a detection as a miss and a false
 * detection at once.
 *
 * @param box the face's box; for a turned face, the box holding its turned corners
 * @param ownSize for a turned face, the box of its own size about its turned centre
 * @param roll for a face turned in the picture plane, how far it was turned, in degrees, signed as
 *     {@link Roll} says; empty where the set does not know it (the portraits' own small tilt is taken as
 *     none, so only turned copies carry one)
 */
public record TrueFace(Box box, Optional<Box> ownSize, OptionalDouble roll) {

  /** An upright face in {@code box}. */
  public static TrueFace at(Box box) {
    return new TrueFace(box, Optional.empty(), OptionalDouble.empty());
  }

  /**
   * The face of upright box {@code upright} once its picture is turned by {@code degrees} through
   * {@code turn}.
   */
  public static TrueFace turned(Box upright, java.awt.geom.AffineTransform turn, double degrees) {
    Box enclosing = upright.transformed(turn);
    java.awt.geom.Point2D centre = enclosing.centre();
    Box ownSize = new Box(centre.getX() - upright.width() / 2, centre.getY() - upright.height() / 2,
        upright.width(), upright.height());
    return new TrueFace(enclosing, Optional.of(ownSize), OptionalDouble.of(degrees));
  }

  /** How well {@code detected} overlaps this face: its intersection over union with the closer true box. */
  public double iou(Box detected) {
    double overlap = box.iou(detected);
    return ownSize.map(own -> Math.max(overlap, own.iou(detected))).orElse(overlap);
  }
}
