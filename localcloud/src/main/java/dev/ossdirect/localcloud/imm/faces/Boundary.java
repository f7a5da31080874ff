package dev.ossdirect.localcloud.imm.faces;

/**
 * Where a face is, as a rectangle in the pixels of the picture: {@code left} and {@code top} are the
 * column and row of its top-left pixel, counted from the top-left corner of the picture.
 */
public record Boundary(int left, int top, int width, int height) {

  public Boundary {
    if (left < 0 || top < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "not a boundary inside an image: left " + left + ", top " + top + ", " + width + "x" + height);
    }
  }
}
