package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces in a picture with OpenCV's stock Haar cascade,
 * {@code haarcascade_frontalface_default.xml}, read from the OpenCV platform jar.
 *
 * <p>The local IMM answers with {@link BlazeFaceDetector}, which finds faces this cascade misses (turned
 * in the picture by 20 degrees or more, small faces in a crowd) and nothing in the pictures without a
 * face where this one finds none. This detector stays for comparing the two on the same decoded
 * pictures.
 *
 * <p>A detector is immutable and safe to share between threads. The native libraries and the cascade
 * are loaded on the first search, once for the whole JVM; each thread then uses its own classifier.
 *
 * <h2>What happens to a picture</h2>
 *
 * <ol>
 *   <li>An {@link ImageDecoder} decodes it to grayscale, as it is displayed (EXIF orientation applied),
 *       keeping at least {@link #decodeSide()} pixels on its longer side: no more resolution than the
 *       steps below use. Decoding lives apart from this class, with the limits on the memory it takes,
 *       so that it stays the same whatever detector searches the pixels.
 *   <li>If the decoded image's longer side exceeds {@value #MAX_WORKING_SIDE} pixels, a copy shrunk to
 *       that size (area averaging) is searched instead.
 *   <li>The cascade searches it; each detection gets a confidence from the cascade's own score and a
 *       sharpness measured on the face region of the decoded image (see {@link DetectedFace}).
 *   <li>The boundaries are scaled to the picture's own pixels, whatever resolution it was decoded and
 *       searched at.
 * </ol>
 *
 * <h2>The resolution it needs</h2>
 *
 * The cascade searches at {@value #MAX_WORKING_SIDE} pixels (below), so any decoded image at least
 * that large gives it the same pixels once shrunk. Decoding at {@value #DECODE_SIDE}, twice that, keeps
 * two things the search image alone would lose: every face the cascade can report (24 pixels or more
 * when searched) is at least 48 pixels in the decoded image, so that no face the detector could find
 * vanishes, and faces of 64 searched pixels and up are measured for sharpness on 128 pixels or more,
 * as many as the measure samples, so that their sharpness is the one the full picture gives. Smaller
 * faces are measured on fewer pixels than the full picture has, and score somewhat lower. A 12
 * megapixel photo is then decoded at 1/2 (3 megapixels), a 40 megapixel one at 1/4.
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
public final class HaarFaceDetector implements FaceDetector {

  static final int MAX_WORKING_SIDE = 640;
  static final int DECODE_SIDE = 2 * MAX_WORKING_SIDE;
  static final double SCALE_FACTOR = 1.1;
  static final int MIN_NEIGHBORS = 6;
  static final double MIN_FACE_FRACTION = 0.05;

  @Override
  public int decodeSide() {
    return DECODE_SIDE;
  }

  /**
   * Steps 2 to 4 above: the faces in {@code image}, most confident first (then top to bottom, left to
   * right), with boundaries in the pixels of the picture it was decoded from.
   */
  @Override
  @SuppressWarnings("try") // the scope is only there to be closed
  public List<DetectedFace> detect(GrayImage image) {
    FrontalFaceCascade cascade = FrontalFaceCascade.get();
    // Obtained outside the scope below, which frees every native object created inside it.
    CascadeClassifier classifier = cascade.classifierForCurrentThread();
    try (PointerScope scope = new PointerScope()) {
      return findFaces(image, classifier, cascade);
    }
  }

  private static List<DetectedFace> findFaces(GrayImage image, CascadeClassifier classifier,
      FrontalFaceCascade cascade) {
    Mat gray = image.pixels();
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
      Rect decoded = scaled(found.get(i), working, width, height);
      Rect source = scaled(found.get(i), working, image.sourceWidth(), image.sourceHeight());
      Boundary boundary = new Boundary(source.x(), source.y(), source.width(), source.height());
      faces.add(new DetectedFace(
          boundary, cascade.confidence(levelWeights.get(i)), Sharpness.of(gray, decoded)));
    }
    faces.sort(DetectedFace.MOST_CONFIDENT_FIRST);
    return List.copyOf(faces);
  }

  /**
   * {@code rect} of the searched image {@code searched}, scaled to an image of {@code width} x
   * {@code height} pixels (the decoded one, or the picture itself) and kept inside it.
   */
  private static Rect scaled(Rect rect, Mat searched, int width, int height) {
    double scaleX = (double) width / searched.cols();
    double scaleY = (double) height / searched.rows();
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
