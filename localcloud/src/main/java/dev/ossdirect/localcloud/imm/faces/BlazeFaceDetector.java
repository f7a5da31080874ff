package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.imm.images.OpenCvRuntime;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Finds faces with MediaPipe's BlazeFace neural network ({@link BlazeFaceModel}), from
 * {@value #SMALLEST_FACE} pixels wide (in pictures of up to 3,000 pixels; see below for larger ones) up to
 * faces that fill the picture, turned in the picture by up to 45 degrees either way, and places six key
 * points on each, from which it measures the head's roll.
 *
 * <p>A detector is safe to share between threads. Load it once, at start: {@link #load()} fails at
 * once, with a clear message, if the model cannot be loaded.
 *
 * <h2>What happens to a picture</h2>
 *
 * <ol>
 *   <li>An {@link ImageDecoder} decodes it to grayscale, as it is displayed (EXIF orientation applied),
 *       keeping at least {@value #DECODE_SIDE} pixels on its longer side: pictures of under 4,000 pixels
 *       are decoded whole, a 4,000-pixel one at half its size (a JPEG inside libjpeg).
 *   <li>The model searches square windows of the decoded picture ({@link SearchWindow}): the whole
 *       picture, the whole picture with room around it for faces that fill it, and for the smaller
 *       faces of a large picture, levels of overlapping tiles, at most {@value SearchWindow#MAX_WINDOWS}
 *       windows in all (about 0.45 s of one core where the model is widened, see
 *       {@link ChannelWidening}). Up to 3,000 pixels that is enough for faces of
 *       {@value #SMALLEST_FACE} pixels (up to about 2,000, with a margin: the finest tiles see them
 *       at 28 of the model's pixels, where it needs 20 at least); beyond, the finest tiles grow, and
 *       with them the smallest face found (about 60 pixels in a 4000x3000 photo, decoded at half its
 *       size). Each window is shrunk (area averaging) to the model's 256x256 input from the decoded
 *       pixels it covers, so a search holds the decoded picture and a window's pixels, never a scaled
 *       or turned copy of the picture.
 *       Two searchers run at once, one on the calling thread and one on the common pool, each taking
 *       the next window not yet searched.
 *   <li>Candidates scoring at least {@value #MIN_SCORE} (the threshold of the package the model comes
 *       from) are merged ({@link CandidateMerger}) and scaled to the picture's own pixels.
 * </ol>
 *
 * <h2>What it measures</h2>
 *
 * <ul>
 *   <li>The confidence is the model's own score, the logistic function of its logit: a probability as
 *       the model was trained to give it, not recalibrated here.
 *   <li>The boundary is the model's box, which runs from the eyebrows to the chin and from cheek to
 *       cheek: tighter than a Haar cascade's, which takes in the forehead.
 *   <li>The roll is the angle of the line through the eyes ({@link HeadPose}).
 *   <li>The sharpness is measured on the face's region of the decoded picture ({@link Sharpness}).
 * </ul>
 *
 * <h2>Colour, turned faces</h2>
 *
 * The model was trained on colour pictures, and is given grey ones (the same value in red, green and
 * blue): the decoder keeps one channel so that a picture takes a third of the memory. On the test
 * portraits, scores fell by 0.01 to 0.05 and every face was still found. Faces turned in the picture by
 * up to 45 degrees were found by the model alone (both portraits, both ways, scores 0.83 to 0.96), and
 * up to 60 on one of them, so no turned copies of the picture are searched.
 */
public final class BlazeFaceDetector implements FaceDetector, AutoCloseable {

  /** The fewest pixels the decoded picture keeps on its longer side. */
  static final int DECODE_SIDE = 2000;

  /**
   * The smallest face looked for, in the picture's own pixels, as the side of a box that takes in the
   * forehead (as a Haar cascade's, or the test portraits' own, does).
   */
  static final int SMALLEST_FACE = 40;

  /** The side of the model's box for a face, over that of a box that takes in the forehead: 196 / 231. */
  static final double MODEL_BOX = 0.85;

  /** The lowest score kept, that of the package the model comes from. */
  static final double MIN_SCORE = 0.75;

  /** The grey the model sees past the picture's edges: 0 in its [-1, 1] range. */
  private static final float OUTSIDE = 0f;

  /** The values of the model's input: red, green and blue of each of its pixels. */
  private static final int INPUT_VALUES = 3 * BlazeFaceModel.SIZE * BlazeFaceModel.SIZE;

  private static final Object SHARED_LOCK = new Object();
  private static BlazeFaceDetector shared; // guarded by SHARED_LOCK

  private final BlazeFaceModel model;

  private BlazeFaceDetector(BlazeFaceModel model) {
    this.model = model;
  }

  /**
   * The detector that every local cloud of this JVM uses, loaded on the first call. A failure is not
   * remembered: each later call tries again, and fails again with the same message.
   *
   * @throws FaceModelUnavailableException if the model cannot be loaded
   */
  public static BlazeFaceDetector shared() {
    synchronized (SHARED_LOCK) {
      if (shared == null) {
        shared = load();
      }
      return shared;
    }
  }

  /**
   * A detector with the model loaded, and the native libraries of OpenCV and ONNX Runtime.
   *
   * @throws FaceModelUnavailableException if the model cannot be loaded
   */
  public static BlazeFaceDetector load() {
    OpenCvRuntime.ensureLoaded();
    return new BlazeFaceDetector(BlazeFaceModel.load());
  }

  @Override
  public int decodeSide() {
    return DECODE_SIDE;
  }

  @Override
  public List<DetectedFace> detect(GrayImage image) {
    Mat gray = image.pixels();
    int width = gray.cols();
    int height = gray.rows();
    double smallestFace = MODEL_BOX * SMALLEST_FACE * width / image.sourceWidth();
    List<SearchWindow> windows = SearchWindow.covering(width, height, smallestFace);
    // Two searchers at once, one on the calling thread and one on the common pool, each taking the next
    // window not yet taken: neither waits for the other while there is work, however their windows
    // differ in cost or the machine's other work slows one. Each window's candidates keep its place, so
    // that the merge sees them in the same order every time.
    List<List<FaceCandidate>> found = new ArrayList<>(Collections.nCopies(windows.size(), null));
    AtomicInteger next = new AtomicInteger();
    CompletableFuture<Void> other = CompletableFuture.runAsync(() -> search(gray, windows, next, found));
    search(gray, windows, next, found);
    other.join();
    List<FaceCandidate> candidates = new ArrayList<>();
    found.forEach(candidates::addAll);
    List<DetectedFace> faces = new ArrayList<>();
    for (FaceCandidate face : CandidateMerger.merge(candidates)) {
      toDetectedFace(face, gray, image).ifPresent(faces::add);
    }
    faces.sort(DetectedFace.MOST_CONFIDENT_FIRST);
    return List.copyOf(faces);
  }

  /**
   * Searches the windows of {@code gray} it takes from {@code next} until none is left, and puts the
   * candidates of each (in decoded pixels) at the window's index in {@code found}.
   */
  private void search(Mat gray, List<SearchWindow> windows, AtomicInteger next, List<List<FaceCandidate>> found) {
    // One input for all the windows, outside the heap so that ONNX Runtime reads it where it is rather
    // than copying it for each run; one row of pixels as the model sees them.
    FloatBuffer input = ByteBuffer.allocateDirect(Float.BYTES * INPUT_VALUES)
        .order(ByteOrder.nativeOrder()).asFloatBuffer();
    byte[] pixels = new byte[BlazeFaceModel.SIZE * BlazeFaceModel.SIZE];
    float[] row = new float[3 * BlazeFaceModel.SIZE];
    for (int index = next.getAndIncrement(); index < windows.size(); index = next.getAndIncrement()) {
      SearchWindow window = windows.get(index);
      List<FaceCandidate> candidates = new ArrayList<>();
      if (fill(input, pixels, row, gray, window)) {
        double scale = (double) window.side() / BlazeFaceModel.SIZE;
        for (FaceCandidate candidate : model.run(input, MIN_SCORE)) {
          FaceCandidate mapped = candidate.mapped(scale, window.left(), window.top());
          if (!window.cuts(mapped, gray.cols(), gray.rows())) {
            candidates.add(mapped);
          }
        }
      }
      found.set(index, candidates);
    }
  }

  /**
   * Writes the model's input for {@code window} of {@code gray} into {@code input}, by way of
   * {@code pixels} (room for the model's input in one channel) and {@code row} (one row of the input);
   * false if the window holds no pixel of the picture.
   */
  @SuppressWarnings("try") // the scope is only there to be closed
  private static boolean fill(FloatBuffer input, byte[] pixels, float[] row, Mat gray, SearchWindow window) {
    int size = BlazeFaceModel.SIZE;
    double scale = (double) size / window.side();
    int left = Math.max(0, window.left());
    int top = Math.max(0, window.top());
    int right = Math.min(gray.cols(), window.left() + window.side());
    int bottom = Math.min(gray.rows(), window.top() + window.side());
    int offsetX = (int) Math.round((left - window.left()) * scale);
    int offsetY = (int) Math.round((top - window.top()) * scale);
    int across = Math.min(size - offsetX, (int) Math.round((right - left) * scale));
    int down = Math.min(size - offsetY, (int) Math.round((bottom - top) * scale));
    if (across < 1 || down < 1) {
      return false;
    }
    try (PointerScope scope = new PointerScope()) {
      Mat part = new Mat(gray, new Rect(left, top, right - left, bottom - top));
      Mat scaled = new Mat();
      resize(part, scaled, new Size(across, down), 0, 0, scale < 1 ? INTER_AREA : INTER_LINEAR);
      scaled.data().get(pixels, 0, across * down);
    }
    // Row by row, each written whole: the grey past the picture's edges, with the row's pixels, in red,
    // green and blue alike, written over it and cleared again after.
    Arrays.fill(row, OUTSIDE);
    for (int y = 0; y < size; y++) {
      int pictureRow = y - offsetY;
      boolean inside = pictureRow >= 0 && pictureRow < down;
      if (inside) {
        for (int x = 0; x < across; x++) {
          float value = (pixels[pictureRow * across + x] & 0xFF) * (2f / 255f) - 1f;
          int at = 3 * (offsetX + x);
          row[at] = value;
          row[at + 1] = value;
          row[at + 2] = value;
        }
      }
      input.put(y * 3 * size, row, 0, 3 * size);
      if (inside) {
        Arrays.fill(row, 3 * offsetX, 3 * (offsetX + across), OUTSIDE);
      }
    }
    return true;
  }

  /** {@code face}, in decoded pixels, as a face in the picture's own; empty if it lies outside it. */
  @SuppressWarnings("try") // the scope is only there to be closed
  private static Optional<DetectedFace> toDetectedFace(FaceCandidate face, Mat gray, GrayImage image) {
    int width = gray.cols();
    int height = gray.rows();
    int left = clamp((int) Math.floor(face.left()), 0, width - 1);
    int top = clamp((int) Math.floor(face.top()), 0, height - 1);
    int right = clamp((int) Math.ceil(face.right()), 0, width);
    int bottom = clamp((int) Math.ceil(face.bottom()), 0, height);
    if (right <= left || bottom <= top) {
      return Optional.empty();
    }
    double scaleX = (double) image.sourceWidth() / width;
    double scaleY = (double) image.sourceHeight() / height;
    int sourceLeft = clamp((int) Math.round(left * scaleX), 0, image.sourceWidth() - 1);
    int sourceTop = clamp((int) Math.round(top * scaleY), 0, image.sourceHeight() - 1);
    int sourceRight = clamp((int) Math.round(right * scaleX), sourceLeft + 1, image.sourceWidth());
    int sourceBottom = clamp((int) Math.round(bottom * scaleY), sourceTop + 1, image.sourceHeight());
    Boundary boundary =
        new Boundary(sourceLeft, sourceTop, sourceRight - sourceLeft, sourceBottom - sourceTop);
    FacePoint[] points = new FacePoint[FaceCandidate.KEY_POINTS];
    for (int i = 0; i < points.length; i++) {
      points[i] = new FacePoint(face.keyPoint(2 * i) * scaleX, face.keyPoint(2 * i + 1) * scaleY);
    }
    FaceLandmarks landmarks =
        new FaceLandmarks(points[0], points[1], points[2], points[3], points[4], points[5]);
    double sharpness;
    try (PointerScope scope = new PointerScope()) {
      sharpness = Sharpness.of(gray, new Rect(left, top, right - left, bottom - top));
    }
    return Optional.of(new DetectedFace(boundary, face.score(), sharpness, Optional.of(landmarks),
        Optional.of(HeadPose.fromEyes(landmarks.rightEye(), landmarks.leftEye()))));
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  /** Frees the model. A closed detector must not be used again. */
  @Override
  public void close() {
    model.close();
  }
}
