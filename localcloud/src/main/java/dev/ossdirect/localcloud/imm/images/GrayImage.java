package dev.ossdirect.localcloud.imm.images;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A picture decoded to 8-bit grayscale by {@link ImageDecoder}, perhaps at a reduced resolution, with the
 * size of the picture it came from as that is displayed (after any EXIF orientation): whoever searches
 * the decoded pixels gives positions back in the picture's own pixels by scaling them by
 * {@code sourceWidth / width} and {@code sourceHeight / height}.
 *
 * <p>It holds native memory until closed; use it on one thread, in a try-with-resources block.
 */
public final class GrayImage implements AutoCloseable {

  private final Mat pixels;
  private final int sourceWidth;
  private final int sourceHeight;
  private boolean closed;

  /** Takes over one reference to {@code pixels}, released by {@link #close}. */
  GrayImage(Mat pixels, int sourceWidth, int sourceHeight) {
    this.pixels = pixels;
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
  }

  /** The width of the decoded pixels. */
  public int width() {
    return pixels().cols();
  }

  /** The height of the decoded pixels. */
  public int height() {
    return pixels().rows();
  }

  /** The width of the picture as displayed, in its own pixels. */
  public int sourceWidth() {
    return sourceWidth;
  }

  /** The height of the picture as displayed, in its own pixels. */
  public int sourceHeight() {
    return sourceHeight;
  }

  /**
   * The decoded pixels, one 8-bit channel, for OpenCV. They belong to this image: valid until it is
   * closed, and never to be released by the caller.
   *
   * @throws IllegalStateException if the image was closed
   */
  public Mat pixels() {
    if (closed) {
      throw new IllegalStateException("the image was closed");
    }
    return pixels;
  }

  /** Frees the pixels. Closing twice does nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pixels.releaseReference();
    }
  }
}
