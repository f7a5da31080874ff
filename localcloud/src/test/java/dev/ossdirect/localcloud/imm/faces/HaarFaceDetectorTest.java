package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.imm.images.ImageDecodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HaarFaceDetectorTest {

  private static final int TOLERANCE = 15;

  private final HaarFaceDetector detector = new HaarFaceDetector();

  @Test
  void findsTheOneFaceOfGraceHopper() throws Exception {
    assertOneFace(detector.detect(Fixtures.bytes(Fixtures.GRACE_HOPPER)), Fixtures.GRACE_HOPPER_FACE, 1);
  }

  @Test
  void findsTheOneFaceOfTheAstronaut() throws Exception {
    assertOneFace(detector.detect(Fixtures.bytes(Fixtures.ASTRONAUT)), Fixtures.ASTRONAUT_FACE, 1);
  }

  @Test
  void decodingAndSearchingApartFindTheSameFace() throws Exception {
    byte[] encoded = Fixtures.bytes(Fixtures.GRACE_HOPPER);
    try (GrayImage image = new ImageDecoder().decode(encoded, detector.decodeSide())) {
      assertEquals(detector.detect(encoded).size(), detector.detect(image).size());
      assertOneFace(detector.detect(image), Fixtures.GRACE_HOPPER_FACE, 1);
      assertTrue(image.width() > 0 && image.height() > 0);
    }
  }

  @Test
  void aClosedImageCannotBeSearched() throws Exception {
    GrayImage image = new ImageDecoder().decode(Fixtures.bytes(Fixtures.COFFEE), detector.decodeSide());
    image.close();
    image.close();
    assertThrows(IllegalStateException.class, () -> detector.detect(image));
  }

  @Test
  void aPhoneStylePhotoIsSearchedTheWayItIsShownByItsExifOrientation() throws Exception {
    // Stored turned a quarter to the left, with EXIF orientation 6 ("turn a quarter right to show"), as a
    // phone held upright writes it. Browsers show it upright, so the boundary must be that of the upright
    // picture.
    byte[] sideways = Fixtures.storedSideways(Fixtures.GRACE_HOPPER);
    List<DetectedFace> shownAsStored = detector.detect(sideways);
    assertTrue(shownAsStored.stream().noneMatch(face -> near(face.boundary(), Fixtures.GRACE_HOPPER_FACE)),
        "the control: stored sideways and shown as stored, the upright face is not where it would be");
    assertOneFace(detector.detect(Fixtures.withExifOrientation(sideways, 6)), Fixtures.GRACE_HOPPER_FACE, 1);
  }

  private static boolean near(Boundary found, Boundary expected) {
    return Math.abs(found.left() - expected.left()) <= TOLERANCE
        && Math.abs(found.top() - expected.top()) <= TOLERANCE;
  }

  @Test
  void findsNoFaceInACupOfCoffee() throws Exception {
    assertEquals(List.of(), detector.detect(Fixtures.bytes(Fixtures.COFFEE)));
  }

  @ParameterizedTest
  @ValueSource(strings = {".bmp", ".gif", ".webp", ".jpg"})
  void readsEverySupportedFormat(String extension) throws Exception {
    byte[] encoded = Fixtures.reencoded(Fixtures.ASTRONAUT, extension);
    assertOneFace(detector.detect(encoded), Fixtures.ASTRONAUT_FACE, 1);
  }

  @Test
  void readsLossyWebp() throws Exception {
    byte[] encoded = Fixtures.reencoded(Fixtures.ASTRONAUT, ".webp", image -> image,
        opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 90);
    assertOneFace(detector.detect(encoded), Fixtures.ASTRONAUT_FACE, 1);
  }

  @Test
  void givesBoundariesInThePixelsOfALargeImage() throws Exception {
    // 1024x1200: searched at 640 pixels on its longer side, the boundary is scaled back.
    byte[] enlarged = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".png", image -> enlarged(image, 2));
    assertOneFace(detector.detect(enlarged), scaled(Fixtures.GRACE_HOPPER_FACE, 2), 2);
  }

  @ParameterizedTest(name = "{0} times larger, as {1}")
  @CsvSource({"5, .jpg", "5, .png", "9, .jpg"})
  void givesBoundariesInThePixelsOfAPictureDecodedAtAReducedResolution(int scale, String extension)
      throws Exception {
    // 2560x3000 is decoded at 1/2 (a JPEG by libjpeg, a PNG shrunk after decoding), 4608x5400 at 1/4.
    byte[] enlarged = Fixtures.reencoded(Fixtures.GRACE_HOPPER, extension, image -> enlarged(image, scale));
    ImageDecoder decoder = new ImageDecoder();
    try (GrayImage reduced = decoder.decode(enlarged, detector.decodeSide());
        GrayImage full = decoder.decode(enlarged, Integer.MAX_VALUE)) {
      assertEquals(ImageDecoder.reduction(600 * scale, detector.decodeSide()), full.width() / reduced.width());
      List<DetectedFace> fromReduced = detector.detect(reduced);
      assertOneFace(fromReduced, scaled(Fixtures.GRACE_HOPPER_FACE, scale), scale);
      // The same face as the picture decoded whole gives, to within half the tolerance.
      assertOneFace(fromReduced, detector.detect(full).get(0).boundary(), scale / 2.0);
    }
  }

  @Test
  void aLargePhotoWithAnExifOrientationIsSearchedAsItIsShownAtAReducedResolution() throws Exception {
    int scale = 5;
    byte[] sideways = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".jpg", image -> {
      Mat turned = new Mat();
      opencv_core.rotate(enlarged(image, scale), turned, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
      return turned;
    });
    assertOneFace(detector.detect(Fixtures.withExifOrientation(sideways, 6)),
        scaled(Fixtures.GRACE_HOPPER_FACE, scale), scale);
  }

  private static Mat enlarged(Mat image, int scale) {
    Mat larger = new Mat();
    opencv_imgproc.resize(image, larger, new Size(), scale, scale, opencv_imgproc.INTER_LINEAR);
    return larger;
  }

  private static Boundary scaled(Boundary boundary, int scale) {
    return new Boundary(scale * boundary.left(), scale * boundary.top(), scale * boundary.width(),
        scale * boundary.height());
  }

  @Test
  void refusesRandomBytes() {
    byte[] random = new byte[4096];
    new Random(20240611L).nextBytes(random);
    ImageDecodingException e = assertThrows(ImageDecodingException.class, () -> detector.detect(random));
    assertTrue(e.getMessage().contains("not a JPEG, PNG, GIF, BMP or WebP image"), e.getMessage());
  }

  @Test
  void refusesText() {
    byte[] text = "{\"SourceURI\": \"oss://bucket/photo.jpg\"}".getBytes(StandardCharsets.UTF_8);
    ImageDecodingException e = assertThrows(ImageDecodingException.class, () -> detector.detect(text));
    assertEquals("the data (39 bytes) is not a JPEG, PNG, GIF, BMP or WebP image", e.getMessage());
  }

  @Test
  void refusesAnEmptyBody() {
    ImageDecodingException e =
        assertThrows(ImageDecodingException.class, () -> detector.detect(new byte[0]));
    assertEquals("the image is empty (0 bytes)", e.getMessage());
  }

  @Test
  void refusesATruncatedJpeg() {
    byte[] half = Fixtures.firstHalf(Fixtures.GRACE_HOPPER);
    ImageDecodingException e = assertThrows(ImageDecodingException.class, () -> detector.detect(half));
    assertEquals("the JPEG image is truncated: it has no end-of-image marker after its image data",
        e.getMessage());
  }

  @Test
  void refusesATruncatedPng() {
    byte[] half = Fixtures.firstHalf(Fixtures.ASTRONAUT);
    ImageDecodingException e = assertThrows(ImageDecodingException.class, () -> detector.detect(half));
    assertTrue(e.getMessage().startsWith("the PNG image is truncated: its chunk at byte "),
        e.getMessage());
  }

  @Test
  void givesTheSameResultsFromManyThreadsAtOnce() throws Exception {
    List<byte[]> images = List.of(Fixtures.bytes(Fixtures.GRACE_HOPPER),
        Fixtures.bytes(Fixtures.ASTRONAUT), Fixtures.bytes(Fixtures.COFFEE));
    List<List<DetectedFace>> expected = new ArrayList<>();
    for (byte[] image : images) {
      expected.add(detector.detect(image));
    }
    int threads = 4;
    int rounds = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<List<DetectedFace>>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<List<List<DetectedFace>>> work = () -> {
          List<List<DetectedFace>> seen = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
          for (int i = 0; i < rounds * images.size(); i++) {
            int which = (i + offset) % images.size();
            List<DetectedFace> faces = detector.detect(images.get(which));
            if (i >= images.size() && !faces.equals(seen.get(which))) {
              fail("one thread found " + faces + " then " + seen.get(which));
            }
            seen.set(which, faces);
          }
          return seen;
        };
        results.add(pool.submit(work));
      }
      for (Future<List<List<DetectedFace>>> result : results) {
        assertEquals(expected, result.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertOneFace(List<DetectedFace> faces, Boundary expected, double scale) {
    assertEquals(1, faces.size(), () -> "faces: " + faces);
    DetectedFace face = faces.get(0);
    Boundary found = face.boundary();
    double tolerance = TOLERANCE * scale;
    String message = "found " + found + ", expected " + expected + " within " + tolerance + " pixels";
    assertTrue(Math.abs(found.left() - expected.left()) <= tolerance, message);
    assertTrue(Math.abs(found.top() - expected.top()) <= tolerance, message);
    assertTrue(Math.abs(found.width() - expected.width()) <= tolerance, message);
    assertTrue(Math.abs(found.height() - expected.height()) <= tolerance, message);
    assertTrue(face.confidence() > 0 && face.confidence() <= 1, "confidence " + face.confidence());
    assertTrue(face.sharpness() > 0 && face.sharpness() <= 1, "sharpness " + face.sharpness());
  }
}
