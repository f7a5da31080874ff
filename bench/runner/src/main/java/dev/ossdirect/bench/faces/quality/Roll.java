package dev.ossdirect.bench.faces.quality;

/**
 * The sign of a roll in this benchmark: positive when the face is turned clockwise as the picture is
 * shown, so that the viewer sees its eye line go down from left to right. Java 2D's
 * {@code AffineTransform.getRotateInstance(theta)} with a positive {@code theta} turns a picture
 * clockwise on screen (y grows downwards), so a face in it has a roll of {@code +theta}.
 */
public final class Roll {

  private Roll() {}

  /** How far apart two rolls are, in degrees, in [0, 180]. */
  public static double error(double reported, double truth) {
    double difference = Math.abs(reported - truth) % 360;
    return difference > 180 ? 360 - difference : difference;
  }
}
