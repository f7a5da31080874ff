package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces in an encoded image (JPEG, PNG, GIF, BMP or WebP) with OpenCV's stock Haar
 * cascade, {@code haarcascade_frontalface_default.xml}, read from the OpenCV platform jar.
 *
 * <p>A detector is immutable and safe to share between threads. The native libraries and the cascade
 * are loaded on the first call to {@link #detect}, once for the whole JVM; each thread then uses its own
 * classifier.
 *
 * <h2>What happens to an image</h2>
 *
 * <ol>
 *   <li>Its header is read in Java: anything that is not a complete image
 *       in a supported format is refused with an {@link ImageDecodingException}, and an image whose
 *       header declares more than {@link #maxPixels()} pixels with an {@link ImageTooLargeException},
 *       before any native decoder allocates memory for it.
 *   <li>OpenCV decodes it straight to 8-bit grayscale, applying any EXIF orientation, so boundaries
 *       are in the pixels of the image as it is meant to be displayed, at its full resolution.
 *   <li>If its longer side exceeds {@value #MAX_WORKING_SIDE} pixels, a copy shrunk to that size
 *       (area averaging) is searched instead, and the boundaries found are scaled back.
 *   <li>The cascade searches it; each detection gets a confidence from the cascade's own score and a
 *       sharpness measured on the face region of the full-resolution image (see {@link DetectedFace}).
 * </ol>
 *
 * <h2>Parameters</h2>
 *
 * The values below were chosen on a grid: scale factors 1.1 to 1.2, minimum neighbour counts 3 to 8,
 * minimum face sizes 0 to 10% of the shorter side, searching at 640 or 800 pixels or at full size,
 * with and without histogram equalisation. The test images were the two portraits and the picture
 * without a face, each also mirrored, scaled from 0.5 to 2 times, rotated by up to 8 degrees and
 * recompressed as JPEG at quality 40 (57 images); each had to give exactly its one face (or none),
 * within 15 pixels per side at its original scale. The chosen values sit inside the range where all of
 * them did.
 *
 * <ul>
 *   <li>A scale factor of {@value #SCALE_FACTOR} between pyramid levels, the usual value: fine enough
 *       that a face is seen at several nearby scales, which neighbour grouping relies on.
 *   <li>{@value #MIN_NEIGHBORS} overlapping raw detections are needed to report a face. With 4, the
 *       rotated astronaut gained a second "face" in the background; 5 to 8 all passed, and 6 keeps a
 *       margin on both sides.
 *   <li>No histogram equalisation: it did not help the portraits and made textures (the shuttle
 *       behind the astronaut, the coffee) look more like faces, with failures at every setting tried.
 *   <li>The image is searched at {@value #MAX_WORKING_SIDE} pixels on its longer side at most. At full
 *       size, or at 800, the picture without a face gained false detections once enlarged 1.3 to 2
 *       times; the bound also makes results nearly independent of the resolution a photo was saved at
 *       and keeps the search time small. The price: faces smaller than about 4% of the longer side of a
 *       large photo (24 pixels once shrunk) are not found.
 *   <li>Faces are looked for from {@value #MIN_FACE_FRACTION} of the searched image's shorter side up,
 *       and never below the cascade's 24-pixel window: the smallest windows are where a Haar cascade
 *       makes most of its false detections.
 * </ul>
 */
public final class FaceDetector {

  /** The default pixel limit: 40 megapixels, more than most phone cameras produce. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  static final int MAX_WORKING_SIDE = 640;
  static final double SCALE_FACTOR = 1.1;
  static final int MIN_NEIGHBORS = 6;
  static final double MIN_FACE_FRACTION = 0.05;

  private final long maxPixels;

  /** A detector that accepts images of up to {@link #DEFAULT_MAX_PIXELS} pixels. */
  public FaceDetector() {
    this(DEFAULT_MAX_PIXELS);
  }

  /** A detector that refuses images whose header declares more than {@code maxPixels} pixels. */
  public FaceDetector(long maxPixels) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("the pixel limit must be positive, not " + maxPixels);
    }
    this.maxPixels = maxPixels;
  }

  /** The largest number of pixels (width times height) an image may declare. */
  public long maxPixels() {
    return maxPixels;
  }

  /**
   * The faces in {@code encodedImage}, most confident first (then top to bottom, left to right); an
   * empty list if there is none. The same as {@link #decode} then {@link #detect(GrayImage)}.
   *
   * @throws ImageDecodingException if the bytes are not a complete image in a supported format, or
   *     cannot be decoded
   * @throws ImageTooLargeException if the image declares more than {@link #maxPixels()} pixels
   * @throws IllegalStateException if the OpenCV native libraries cannot be loaded on this platform
   */
  public List<DetectedFace> detect(byte[] encodedImage) throws ImageDecodingException {
    try (GrayImage image = decode(encodedImage)) {
      return detect(image);
    }
  }

  /**
   * Steps 1 and 2 above: checks {@code encodedImage}'s header, then decodes it to grayscale. Decoding and
   * searching are separate calls so that a caller can tell their costs apart: the local IMM reports
   * both in its per-request timings.
   *
   * @throws ImageDecodingException if the bytes are not a complete image in a supported format, or
   *     cannot be decoded
   * @throws ImageTooLargeException if the image declares more than {@link #maxPixels()} pixels
   * @throws IllegalStateException if the OpenCV native libraries cannot be loaded on this platform
   */
  @SuppressWarnings("try") // the scope is only there to be closed
  public GrayImage decode(byte[] encodedImage) throws ImageDecodingException {
    Objects.requireNonNull(encodedImage, "encodedImage");
    ImageHeader header = ImageHeaderReader.read(encodedImage);
    checkSize(header.format(), header.width(), header.height());
    OpenCvRuntime.ensureLoaded();
    // The scope frees the encoded copy; the decoded pixels get one more reference, which the image owns.
    try (PointerScope scope = new PointerScope()) {
      Mat gray = decode(encodedImage, header.format());
      checkSize(header.format(), gray.cols(), gray.rows());
      gray.retainReference();
      return new GrayImage(gray);
    }
  }

  /** Steps 3 and 4 above: the faces in {@code image}, in the order {@link #detect(byte[])} gives. */
  @SuppressWarnings("try") // the scope is only there to be closed
  public List<DetectedFace> detect(GrayImage image) {
    FrontalFaceCascade cascade = FrontalFaceCascade.get();
    // Obtained outside the scope below, which frees every native object created inside it.
    CascadeClassifier classifier = cascade.classifierForCurrentThread();
    try (PointerScope scope = new PointerScope()) {
      return findFaces(image.pixels(), classifier, cascade);
    }
  }

  private void checkSize(ImageFormat format, long width, long height) throws ImageTooLargeException {
    if (width * height > maxPixels) {
      throw new ImageTooLargeException(format, width, height, maxPixels);
    }
  }

  private static Mat decode(byte[] data, ImageFormat format) throws ImageDecodingException {
    Mat encoded = new Mat(1, data.length, CV_8UC1, new BytePointer(data));
    Mat gray;
    try {
      gray = imdecode(encoded, IMREAD_GRAYSCALE);
    } catch (RuntimeException e) { // an OpenCV error (cv::Exception) thrown by a decoder
      throw new ImageDecodingException(
          "the " + format.displayName() + " image could not be decoded: " + e.getMessage(), e);
    }
    if (gray == null || gray.empty()) {
      throw new ImageDecodingException("the " + format.displayName()
          + " image is corrupt: its compressed pixel data could not be decoded");
    }
    return gray;
  }

  private static List<DetectedFace> findFaces(Mat gray, CascadeClassifier classifier,
      FrontalFaceCascade cascade) {
    int width = gray.cols();
    int height = gray.rows();
    double shrink = Math.max(1.0, (double) Math.max(width, height) / MAX_WORKING_SIDE);
    Mat working = gray;
    if (shrink > 1) {
      working = new Mat();
      Size size = new Size(
          Math.max(1, (int) Math.round(width / shrink)), Math.max(1, (int) Math.round(height / shrink)));
      resize(gray, working, size, 0, 0, INTER_AREA);
    }
    double scaleX = (double) width / working.cols();
    double scaleY = (double) height / working.rows();

    Size window = classifier.getOriginalWindowSize();
    int shorterSide = Math.min(working.cols(), working.rows());
    int minSide = Math.max(Math.max(window.width(), window.height()),
        (int) Math.round(MIN_FACE_FRACTION * shorterSide));
    if (minSide > shorterSide) {
      return List.of();
    }
    RectVector found = new RectVector();
    IntPointer rejectLevels = new IntPointer();
    DoublePointer levelWeights = new DoublePointer();
    classifier.detectMultiScale3(working, found, rejectLevels, levelWeights, SCALE_FACTOR, MIN_NEIGHBORS,
        0, new Size(minSide, minSide), new Size(), true);

    List<DetectedFace> faces = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Rect region = toFullResolution(found.get(i), scaleX, scaleY, width, height);
      Boundary boundary = new Boundary(region.x(), region.y(), region.width(), region.height());
      faces.add(new DetectedFace(
          boundary, cascade.confidence(levelWeights.get(i)), Sharpness.of(gray, region)));
    }
    faces.sort(Comparator.comparingDouble(DetectedFace::confidence).reversed()
        .thenComparingInt(face -> face.boundary().top())
        .thenComparingInt(face -> face.boundary().left()));
    return List.copyOf(faces);
  }

  /** {@code rect} of the searched image, scaled back to the decoded image and kept inside it. */
  private static Rect toFullResolution(Rect rect, double scaleX, double scaleY, int width, int height) {
    int left = clamp((int) Math.round(rect.x() * scaleX), 0, width - 1);
    int top = clamp((int) Math.round(rect.y() * scaleY), 0, height - 1);
    int right = clamp((int) Math.round((rect.x() + rect.width()) * scaleX), left + 1, width);
    int bottom = clamp((int) Math.round((rect.y() + rect.height()) * scaleY), top + 1, height);
    return new Rect(left, top, right - left, bottom - top);
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
