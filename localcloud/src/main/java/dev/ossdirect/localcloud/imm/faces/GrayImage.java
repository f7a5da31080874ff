package dev.ossdirect.localcloud.imm.faces;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * An image decoded to 8-bit grayscale by {@link FaceDetector#decode}, ready to be searched by
 * {@link FaceDetector#detect(GrayImage)}. It holds native memory until closed; use it on one thread, in a
 * try-with-resources block.
 */
public final class GrayImage implements AutoCloseable {

  private final Mat pixels;
  private boolean closed;

  /** Takes over one reference to {@code pixels}, released by {@link #close}. */
  GrayImage(Mat pixels) {
    this.pixels = pixels;
  }

  public int width() {
    return pixels().cols();
  }

  public int height() {
    return pixels().rows();
  }

  Mat pixels() {
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
