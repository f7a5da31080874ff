package dev.ossdirect.localcloud.imm.images;

/**
 * The image header declares more pixels than the {@link ImageDecoder} accepts. It is thrown before the
 * image is decoded, so a small file that declares an enormous image (a decompression bomb) costs no
 * memory.
 */
public final class ImageTooLargeException extends ImageDecodingException {

  private static final long serialVersionUID = 1L;

  private final long width;
  private final long height;
  private final long maxPixels;

  public ImageTooLargeException(ImageFormat format, long width, long height, long maxPixels) {
    super("the " + format.displayName() + " image is " + width + "x" + height + " pixels ("
        + (width * height) + " pixels), more than the " + maxPixels + " pixels accepted");
    this.width = width;
    this.height = height;
    this.maxPixels = maxPixels;
  }

  public long width() {
    return width;
  }

  public long height() {
    return height;
  }

  public long maxPixels() {
    return maxPixels;
  }
}
