package dev.ossdirect.localcloud.imm.images;

/**
 * What an image's header declares, read without decoding its pixels (see {@link ImageHeaderReader}).
 * For a GIF, {@code width} and {@code height} cover the logical screen and every frame.
 */
public record ImageHeader(ImageFormat format, int width, int height) {

  /** The number of pixels the header declares; a long, since width times height can pass 2^31. */
  public long pixels() {
    return (long) width * height;
  }
}
