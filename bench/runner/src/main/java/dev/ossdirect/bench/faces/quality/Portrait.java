package dev.ossdirect.bench.faces.quality;

import java.awt.image.BufferedImage;

/**
 * A source picture with one known face.
 *
 * @param name the fixture's name, without its extension
 * @param face where its face is, as DEVELOPERS.md gives it ("Test images")
 */
record Portrait(String name, BufferedImage image, Box face) {

  /**
   * The part of the picture pasted into other scenes: the face box grown 1.8 times about its centre
   * (hair, chin and some shoulder, as a detector sees a head), kept inside the picture.
   */
  Box head() {
    Box grown = face.grown(1.8);
    double left = Math.max(0, grown.left());
    double top = Math.max(0, grown.top());
    double right = Math.min(image.getWidth(), grown.right());
    double bottom = Math.min(image.getHeight(), grown.bottom());
    return new Box(left, top, right - left, bottom - top);
  }
}
