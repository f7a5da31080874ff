package dev.ossdirect.bench.faces.quality;

import java.util.OptionalDouble;

/**
 * A face of the labelled set, where the transforms that made its picture put it.
 *
 * @param box the face's box (see {@link Box#transformed} for turned faces)
 * @param roll for a face turned in the picture plane, how far it was turned, in degrees, signed as
 *     {@link Roll} says; empty where the set does not know it (the portraits' own small tilt is taken as
 *     none, so only turned copies carry one)
 */
public record TrueFace(Box box, OptionalDouble roll) {

  public static TrueFace at(Box box) {
    return new TrueFace(box, OptionalDouble.empty());
  }
}
