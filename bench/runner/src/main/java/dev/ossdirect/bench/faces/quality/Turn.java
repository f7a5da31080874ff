package dev.ossdirect.bench.faces.quality;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A picture turned about its centre onto a canvas just large enough to hold all of it.
 *
 * @param transform from the picture's pixels to the canvas's
 */
record Turn(AffineTransform transform, int width, int height) {

  /** {@code picture} turned by {@code degrees}, clockwise on screen when positive ({@link Roll}). */
  static Turn of(BufferedImage picture, double degrees) {
    double radians = Math.toRadians(degrees);
    double cos = Math.abs(Math.cos(radians));
    double sin = Math.abs(Math.sin(radians));
    // Less a hair before rounding up: cos 90° is 6e-17, not 0, and must not add a column.
    int width = (int) Math.ceil(picture.getWidth() * cos + picture.getHeight() * sin - 1e-9);
    int height = (int) Math.ceil(picture.getWidth() * sin + picture.getHeight() * cos - 1e-9);
    AffineTransform transform = AffineTransform.getTranslateInstance(width / 2.0, height / 2.0);
    transform.rotate(radians);
    transform.translate(-picture.getWidth() / 2.0, -picture.getHeight() / 2.0);
    return new Turn(transform, width, height);
  }
}
