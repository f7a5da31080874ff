package dev.ossdirect.localcloud.imm.images;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_GRAYSCALE_8;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.Objects;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Decodes encoded images (JPEG, PNG, GIF, BMP or WebP) to 8-bit grayscale, at no more resolution than
 * whoever searches them needs, and refuses what would take too much memory before any native decoder
 * allocates it. An image decoder is immutable and safe to share between threads.
 *
 * <h2>Before decoding</h2>
 *
 * {@link #readHeader} reads the header in Java ({@link ImageHeaderReader}): anything that is not a
 * complete image in a supported format is refused with an {@link ImageDecodingException}, and an image
 * that declares more than {@link #maxPixels()} pixels with an {@link ImageTooLargeException}. A caller
 * that bounds how many pixels are decoded at once ({@link DecodeBudget}) learns the count from the same
 * header.
 *
 * <h2>Decoding at a reduced resolution</h2>
 *
 * The caller says how many pixels the longer side of the decoded image must keep at least. The image is
 * reduced by the largest factor of 2, 4 or 8 that keeps that many, or not at all ({@link #reduction}):
 *
 * <ul>
 *   <li>A JPEG is decoded straight at 1/2, 1/4 or 1/8 of its size ({@code IMREAD_REDUCED_GRAYSCALE_*}):
 *       libjpeg scales each 8x8 block while it decodes it, so the full-size pixels never exist. A 12
 *       megapixel photo decoded at 1/2 takes a quarter of the memory, and less time.
 *   <li>The other formats have no such decoder. They are decoded at full size, shrunk at once by area
 *       averaging (each decoded pixel the mean of the r x r it covers, as libjpeg's scaling does), and the
 *       full-size pixels are freed before this method returns: they never outlive the decoding.
 * </ul>
 *
 * OpenCV applies the EXIF orientation in both cases, so the decoded image is the picture as it is
 * displayed; the {@link GrayImage} also carries the size of the picture itself, displayed, so that
 * positions found in it can be scaled back to the picture's own pixels.
 *
 * <h2>Native memory</h2>
 *
 * OpenCV reads the encoded bytes from a native copy, which is freed as soon as they are decoded; every
 * other native object made while decoding belongs to a JavaCPP {@code PointerScope} that frees it when
 * decoding ends, and the decoded pixels belong to the returned {@link GrayImage} until it is closed.
 * Nothing waits for the garbage collector.
 */
public final class ImageDecoder {

  /** The default pixel limit: 40 megapixels, more than most phone cameras produce. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  /** The reductions libjpeg can decode at, largest first. */
  private static final int[] REDUCTIONS = {8, 4, 2};

  private final long maxPixels;

  /** A decoder that accepts images of up to {@link #DEFAULT_MAX_PIXELS} pixels. */
  public ImageDecoder() {
    this(DEFAULT_MAX_PIXELS);
  }

  /** A decoder that refuses images of more than {@code maxPixels} pixels (width times height). */
  public ImageDecoder(long maxPixels) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("the pixel limit must be positive, not " + maxPixels);
    }
    this.maxPixels = maxPixels;
  }

  /** The largest number of pixels (width times height) an image may have. */
  public long maxPixels() {
    return maxPixels;
  }

  /**
   * The header of {@code encodedImage}, checked: a complete image in a supported format, of no more
   * than {@link #maxPixels()} pixels. Reads the header only, in Java; nothing is decoded.
   *
   * @throws ImageDecodingException if the bytes are not a complete image in a supported format
   * @throws ImageTooLargeException if the image declares more than {@link #maxPixels()} pixels
   */
  public ImageHeader readHeader(byte[] encodedImage) throws ImageDecodingException {
    Objects.requireNonNull(encodedImage, "encodedImage");
    ImageHeader header = ImageHeaderReader.read(encodedImage);
    checkSize(header.format(), header.width(), header.height());
    return header;
  }

  /**
   * {@code encodedImage} decoded to grayscale, its longer side reduced to no fewer than
   * {@code minLongerSide} pixels (see the class description); the same as {@link #readHeader} then
   * {@link #decode(byte[], ImageHeader, int)}.
   */
  public GrayImage decode(byte[] encodedImage, int minLongerSide) throws ImageDecodingException {
    return decode(encodedImage, readHeader(encodedImage), minLongerSide);
  }

  /**
   * {@code encodedImage}, whose checked header {@link #readHeader} gave as {@code header}, decoded to
   * grayscale with its longer side reduced to no fewer than {@code minLongerSide} pixels.
   *
   * @throws ImageDecodingException if the decoder cannot decode the pixels, or they are not what the
   *     header declares
   * @throws ImageTooLargeException if the decoded image has more than {@link #maxPixels()} pixels
   * @throws IllegalStateException if the OpenCV native libraries cannot be loaded on this platform
   */
  @SuppressWarnings("try") // the scope is only there to be closed
  public GrayImage decode(byte[] encodedImage, ImageHeader header, int minLongerSide)
      throws ImageDecodingException {
    Objects.requireNonNull(encodedImage, "encodedImage");
    if (minLongerSide < 1) {
      throw new IllegalArgumentException("the decoded side must be positive, not " + minLongerSide);
    }
    OpenCvRuntime.ensureLoaded();
    // The scope frees what decoding makes; the decoded pixels get one more reference, which the image owns.
    try (PointerScope scope = new PointerScope()) {
      return header.format() == ImageFormat.JPEG
          ? decodeJpeg(encodedImage, header, minLongerSide)
          : decodeThenShrink(encodedImage, header.format(), minLongerSide);
    }
  }

  /**
   * The factor, 1, 2, 4 or 8, by which an image whose longer side is {@code longerSide} pixels is
   * reduced: the largest that leaves at least {@code minLongerSide} pixels on that side, rounding up as
   * libjpeg does.
   */
  public static int reduction(int longerSide, int minLongerSide) {
    for (int reduction : REDUCTIONS) {
      if (ceilDiv(longerSide, reduction) >= minLongerSide) {
        return reduction;
      }
    }
    return 1;
  }

  private GrayImage decodeJpeg(byte[] data, ImageHeader header, int minLongerSide)
      throws ImageDecodingException {
    int width = header.width();
    int height = header.height();
    int reduction = reduction(Math.max(width, height), minLongerSide);
    Mat gray = imdecodeOrFail(data, header.format(), readFlags(reduction));
    int expectedWidth = ceilDiv(width, reduction);
    int expectedHeight = ceilDiv(height, reduction);
    GrayImage image;
    if (gray.cols() == expectedWidth && gray.rows() == expectedHeight) {
      image = new GrayImage(gray, width, height);
    } else if (gray.cols() == expectedHeight && gray.rows() == expectedWidth) {
      image = new GrayImage(gray, height, width); // turned a quarter by its EXIF orientation
    } else {
      throw new ImageDecodingException("the JPEG image is corrupt: it decoded to " + gray.cols() + "x"
          + gray.rows() + " pixels at 1/" + reduction + " of its size, not the " + width + "x" + height
          + " its header declares");
    }
    gray.retainReference();
    return image;
  }

  private GrayImage decodeThenShrink(byte[] data, ImageFormat format, int minLongerSide)
      throws ImageDecodingException {
    Mat full = imdecodeOrFail(data, format, IMREAD_GRAYSCALE);
    int width = full.cols();
    int height = full.rows();
    checkSize(format, width, height);
    int reduction = reduction(Math.max(width, height), minLongerSide);
    if (reduction == 1) {
      full.retainReference();
      return new GrayImage(full, width, height);
    }
    Mat reduced = new Mat();
    resize(full, reduced, new Size(ceilDiv(width, reduction), ceilDiv(height, reduction)), 0, 0, INTER_AREA);
    full.deallocate(); // the full-size pixels go now, not when the scope ends
    reduced.retainReference();
    return new GrayImage(reduced, width, height);
  }

  private void checkSize(ImageFormat format, long width, long height) throws ImageTooLargeException {
    if (width * height > maxPixels) {
      throw new ImageTooLargeException(format, width, height, maxPixels);
    }
  }

  private static int readFlags(int reduction) {
    return switch (reduction) {
      case 8 -> IMREAD_REDUCED_GRAYSCALE_8;
      case 4 -> IMREAD_REDUCED_GRAYSCALE_4;
      case 2 -> IMREAD_REDUCED_GRAYSCALE_2;
      default -> IMREAD_GRAYSCALE;
    };
  }

  /** {@code data} decoded by OpenCV with {@code flags}; call inside a {@code PointerScope}. */
  private static Mat imdecodeOrFail(byte[] data, ImageFormat format, int flags) throws ImageDecodingException {
    BytePointer copy = new BytePointer(data);
    Mat decoded;
    try {
      decoded = imdecode(new Mat(1, data.length, CV_8UC1, copy), flags);
    } catch (RuntimeException e) { // an OpenCV error (cv::Exception) thrown by a decoder
      throw new ImageDecodingException(
          "the " + format.displayName() + " image could not be decoded: " + e.getMessage(), e);
    } finally {
      copy.deallocate(); // the native copy of the encoded bytes goes as soon as they are decoded
    }
    if (decoded == null || decoded.empty()) {
      throw new ImageDecodingException("the " + format.displayName()
          + " image is corrupt: its compressed pixel data could not be decoded");
    }
    return decoded;
  }

  private static int ceilDiv(int value, int divisor) {
    return (value + divisor - 1) / divisor;
  }
}
