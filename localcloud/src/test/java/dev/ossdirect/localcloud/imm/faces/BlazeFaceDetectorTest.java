package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.imm.images.ImageDecodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlazeFaceDetectorTest {

  /** How much a found boundary must overlap the expected one: the usual test of a detection. */
  private static final double SAME_FACE = 0.5;
  private static final double ROLL_TOLERANCE = 10;

  private final BlazeFaceDetector detector = BlazeFaceDetector.shared();

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.GRACE_HOPPER, Fixtures.ASTRONAUT})
  void findsTheOneFaceOfEachPortraitUpright(String name) throws Exception {
    DetectedFace face = oneFace(detector.detect(Fixtures.bytes(name)));
    assertSameFace(face(name), face.boundary());
    assertRoll(0, face);
    assertFieldsInRange(face);
  }

  private static Boundary face(String portrait) {
    return portrait.equals(Fixtures.GRACE_HOPPER) ? Fixtures.GRACE_HOPPER_FACE : Fixtures.ASTRONAUT_FACE;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void findsNoFaceInACupOfCoffee(int scale) throws Exception {
    // 600x400, and 2400x1600, which is searched in tiles as well.
    assertEquals(List.of(), detector.detect(Fixtures.reencoded(Fixtures.COFFEE, ".png",
        image -> resized(image, scale * image.cols(), scale * image.rows()))));
  }

  @ParameterizedTest(name = "{0} turned by {1} degrees")
  @CsvSource({
      "grace_hopper.jpg, -45", "grace_hopper.jpg, -40", "grace_hopper.jpg, -25", "grace_hopper.jpg, -10",
      "grace_hopper.jpg, 0", "grace_hopper.jpg, 10", "grace_hopper.jpg, 25", "grace_hopper.jpg, 40",
      "grace_hopper.jpg, 45",
      "astronaut.png, -45", "astronaut.png, -40", "astronaut.png, -25", "astronaut.png, -10",
      "astronaut.png, 0", "astronaut.png, 10", "astronaut.png, 25", "astronaut.png, 40",
      "astronaut.png, 45"})
  void findsAFaceTurnedInThePictureAndMeasuresItsRoll(String name, int degrees) throws Exception {
    Boundary upright = face(name);
    double centreX = upright.left() + upright.width() / 2.0;
    double centreY = upright.top() + upright.height() / 2.0;
    // Turned counter-clockwise as displayed by {@code degrees} about the face's centre, which stays put;
    // the face's own roll turns the other way: clockwise is positive.
    byte[] turned = Fixtures.reencoded(name, ".png", image -> {
      Mat rotation =
          opencv_imgproc.getRotationMatrix2D(new Point2f((float) centreX, (float) centreY), degrees, 1);
      Mat out = new Mat();
      opencv_imgproc.warpAffine(image, out, rotation, image.size(), opencv_imgproc.INTER_LINEAR,
          opencv_core.BORDER_REPLICATE, new Scalar());
      return out;
    });
    DetectedFace face = oneFace(detector.detect(turned));
    Boundary found = face.boundary();
    double foundX = found.left() + found.width() / 2.0;
    double foundY = found.top() + found.height() / 2.0;
    assertTrue(Math.hypot(foundX - centreX, foundY - centreY) <= 0.3 * upright.width(),
        "found " + found + ", centred at " + foundX + "," + foundY + ", not near " + centreX + "," + centreY);
    assertRoll(-degrees, face);
    assertFieldsInRange(face);
  }

  @Test
  void aMirroredFaceHasTheOppositeRoll() throws Exception {
    byte[] turned = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".png", image -> rotated(image, 25));
    byte[] mirrored = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".png", image -> {
      Mat flipped = new Mat();
      opencv_core.flip(rotated(image, 25), flipped, 1);
      return flipped;
    });
    double roll = oneFace(detector.detect(turned)).headPose().orElseThrow().roll();
    double mirroredRoll = oneFace(detector.detect(mirrored)).headPose().orElseThrow().roll();
    assertTrue(roll < -15 && Math.abs(roll + mirroredRoll) <= 5, roll + " and, mirrored, " + mirroredRoll);
  }

  @Test
  void findsSmallAndLargeFacesInACrowd() throws Exception {
    // Six faces on a 2400x1600 picture of a cup of coffee: 40 and 48 pixels wide (the smallest the
    // detector looks for is 40), 64, 100, 200 and 480.
    Crowd crowd = new Crowd(2400, 1600)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 40, 100, 100)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 48, 400, 150)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 64, 700, 100)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 100, 100, 600)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 200, 500, 500)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 480, 1300, 550);
    assertFindsEveryFaceOf(crowd);
  }

  @Test
  void findsFortyPixelFacesInAThousandPixelPicture() throws Exception {
    // 1024x683 is searched in tiles that see a 40-pixel face at 28 of the model's 256 pixels; at 20,
    // a 40-pixel face of Grace Hopper on such a scene was missed.
    Crowd crowd = new Crowd(1024, 683)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 40, 100, 100)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 40, 480, 300)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 40, 820, 520);
    assertFindsEveryFaceOf(crowd);
  }

  @Test
  void findsFacesOfSixtyPixelsAndUpInAFourThousandPixelPhoto() throws Exception {
    // Decoded at half its size, searched within the 64-window bound: its smallest faces are 64 pixels.
    Crowd crowd = new Crowd(4000, 3000)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 64, 3700, 2800)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 64, 3000, 300)
        .with(Fixtures.GRACE_HOPPER, Fixtures.GRACE_HOPPER_FACE, 120, 200, 200)
        .with(Fixtures.ASTRONAUT, Fixtures.ASTRONAUT_FACE, 900, 1000, 1000);
    assertFindsEveryFaceOf(crowd);
  }

  private void assertFindsEveryFaceOf(Crowd crowd) throws Exception {
    List<DetectedFace> faces = detector.detect(crowd.encoded(".jpg"));
    assertEquals(crowd.faces.size(), faces.size(), () -> "found " + faces + ", placed " + crowd.faces);
    for (Boundary placed : crowd.faces) {
      assertTrue(faces.stream().anyMatch(face -> Fixtures.overlap(placed, face.boundary()) >= SAME_FACE),
          () -> "no face found at " + placed + " among " + faces);
    }
    faces.forEach(face -> assertRoll(0, face));
  }

  @Test
  void aPhoneStylePhotoIsSearchedTheWayItIsShownByItsExifOrientation() throws Exception {
    byte[] sideways = Fixtures.storedSideways(Fixtures.GRACE_HOPPER);
    // The control: shown as stored, the face lies on its side (turned a quarter counter-clockwise).
    double sidewaysRoll = oneFace(detector.detect(sideways)).headPose().orElseThrow().roll();
    assertTrue(sidewaysRoll < -60, "roll " + sidewaysRoll);
    DetectedFace shown = oneFace(detector.detect(Fixtures.withExifOrientation(sideways, 6)));
    assertSameFace(Fixtures.GRACE_HOPPER_FACE, shown.boundary());
    assertRoll(0, shown);
  }

  @ParameterizedTest(name = "{0} times larger, as {1}")
  @CsvSource({"4, .jpg", "4, .png", "8, .jpg"})
  void givesBoundariesAndLandmarksInThePixelsOfALargePicture(int scale, String extension) throws Exception {
    // 2048x2400 and 4096x4800: decoded at 1/2 and 1/4 (at least 2,000 pixels kept).
    byte[] enlarged = Fixtures.reencoded(Fixtures.GRACE_HOPPER, extension,
        image -> resized(image, scale * image.cols(), scale * image.rows()));
    DetectedFace face = oneFace(detector.detect(enlarged));
    Boundary expected = new Boundary(scale * Fixtures.GRACE_HOPPER_FACE.left(),
        scale * Fixtures.GRACE_HOPPER_FACE.top(), scale * Fixtures.GRACE_HOPPER_FACE.width(),
        scale * Fixtures.GRACE_HOPPER_FACE.height());
    assertSameFace(expected, face.boundary());
    FaceLandmarks points = face.landmarks().orElseThrow();
    assertInside(face.boundary(), points.rightEye());
    assertInside(face.boundary(), points.leftEye());
    assertInside(face.boundary(), points.noseTip());
    assertInside(face.boundary(), points.mouth());
    assertRoll(0, face);
  }

  @Test
  void decodesAtTheResolutionItNeeds() throws Exception {
    assertEquals(2000, detector.decodeSide());
    byte[] enlarged = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".jpg",
        image -> resized(image, 8 * image.cols(), 8 * image.rows()));
    try (GrayImage image = new ImageDecoder().decode(enlarged, detector.decodeSide())) {
      assertEquals(4096 / 2, image.width()); // 4096x4800 at 1/2: 2,048x2,400, not 1,024x1,200
      assertEquals(4096, image.sourceWidth());
    }
  }

  @Test
  void refusesWhatIsNotAnImage() {
    byte[] text = "not an image".getBytes(StandardCharsets.UTF_8);
    assertThrows(ImageDecodingException.class, () -> detector.detect(text));
  }

  @Test
  void aModelThatIsMissingOrIsNotTheModelFailsToLoadWithAClearMessage() {
    FaceModelUnavailableException missing =
        assertThrows(FaceModelUnavailableException.class, () -> BlazeFaceModel.load("/no/such/model.onnx"));
    assertEquals("the face detection model /no/such/model.onnx is not on the class path; it is built into"
        + " the localcloud jar from localcloud/models", missing.getMessage());
    FaceModelUnavailableException notAModel =
        assertThrows(FaceModelUnavailableException.class, () -> BlazeFaceModel.load("/fixtures/coffee.png"));
    assertTrue(notAModel.getMessage().startsWith(
        "ONNX Runtime could not load the face detection model /fixtures/coffee.png: "),
        notAModel.getMessage());
  }

  private static DetectedFace oneFace(List<DetectedFace> faces) {
    assertEquals(1, faces.size(), () -> "faces: " + faces);
    return faces.get(0);
  }

  private static void assertSameFace(Boundary expected, Boundary found) {
    assertTrue(Fixtures.overlap(expected, found) >= SAME_FACE,
        () -> "found " + found + ", expected " + expected + ": overlap " + Fixtures.overlap(expected, found));
  }

  private static void assertRoll(double expected, DetectedFace face) {
    double roll = face.headPose().orElseThrow().roll();
    assertTrue(Math.abs(roll - expected) <= ROLL_TOLERANCE, () -> "roll " + roll + ", expected " + expected);
  }

  private static void assertFieldsInRange(DetectedFace face) {
    assertTrue(face.confidence() >= BlazeFaceDetector.MIN_SCORE && face.confidence() <= 1,
        "confidence " + face.confidence());
    assertTrue(face.sharpness() > 0 && face.sharpness() <= 1, "sharpness " + face.sharpness());
    FaceLandmarks points = face.landmarks().orElseThrow();
    assertInside(face.boundary(), points.rightEye());
    assertInside(face.boundary(), points.leftEye());
    assertInside(face.boundary(), points.noseTip());
  }

  private static void assertInside(Boundary boundary, FacePoint point) {
    assertTrue(point.x() >= boundary.left() && point.x() <= boundary.left() + boundary.width()
        && point.y() >= boundary.top() && point.y() <= boundary.top() + boundary.height(),
        point + " outside " + boundary);
  }

  private static Mat resized(Mat image, int width, int height) {
    Mat out = new Mat();
    opencv_imgproc.resize(image, out, new Size(width, height), 0, 0, opencv_imgproc.INTER_LINEAR);
    return out;
  }

  private static Mat rotated(Mat image, double degrees) {
    Mat rotation = opencv_imgproc.getRotationMatrix2D(
        new Point2f(image.cols() / 2f, image.rows() / 2f), degrees, 1);
    Mat out = new Mat();
    opencv_imgproc.warpAffine(image, out, rotation, image.size(), opencv_imgproc.INTER_LINEAR,
        opencv_core.BORDER_REPLICATE, new Scalar());
    return out;
  }

  /** Faces cut from the portraits and pasted, at chosen sizes, on a large picture of a cup of coffee. */
  private static final class Crowd {

    private final Mat canvas;
    private final List<Boundary> faces = new ArrayList<>();

    Crowd(int width, int height) {
      canvas = resized(opencv_imgcodecs.imdecode(new Mat(new BytePointer(
          Fixtures.bytes(Fixtures.COFFEE))), opencv_imgcodecs.IMREAD_COLOR), width, height);
    }

    /**
     * Pastes the square around {@code face} of the portrait {@code name}, twice the face's side, scaled
     * so that the face is {@code side} pixels wide, with its top-left corner at {@code left, top}.
     */
    Crowd with(String name, Boundary face, int side, int left, int top) {
      Mat portrait = opencv_imgcodecs.imdecode(new Mat(new BytePointer(
          Fixtures.bytes(name))), opencv_imgcodecs.IMREAD_COLOR);
      int margin = face.width() / 2;
      int cropLeft = Math.max(0, face.left() - margin);
      int cropTop = Math.max(0, face.top() - margin);
      int cropRight = Math.min(portrait.cols(), face.left() + face.width() + margin);
      int cropBottom = Math.min(portrait.rows(), face.top() + face.height() + margin);
      Mat crop = new Mat(portrait, new Rect(
          cropLeft, cropTop, cropRight - cropLeft, cropBottom - cropTop));
      double scale = (double) side / face.width();
      Mat scaled =
          resized(crop, (int) Math.round(crop.cols() * scale), (int) Math.round(crop.rows() * scale));
      scaled.copyTo(new Mat(canvas, new Rect(
          left, top, scaled.cols(), scaled.rows())));
      faces.add(new Boundary(left + (int) Math.round((face.left() - cropLeft) * scale),
          top + (int) Math.round((face.top() - cropTop) * scale), side, side));
      return this;
    }

    byte[] encoded(String extension) {
      BytePointer out = new BytePointer();
      opencv_imgcodecs.imencode(extension, canvas, out);
      byte[] bytes = new byte[(int) out.limit()];
      out.get(bytes);
      return bytes;
    }
  }
}
