package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.junit.jupiter.params.provider.ValueSource;

class FaceDetectorTest {

  private static final int TOLERANCE = 15;

  private final FaceDetector detector = new FaceDetector();

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
    try (GrayImage image = detector.decode(encoded)) {
      assertEquals(detector.detect(encoded).size(), detector.detect(image).size());
      assertOneFace(detector.detect(image), Fixtures.GRACE_HOPPER_FACE, 1);
      assertTrue(image.width() > 0 && image.height() > 0);
    }
  }

  @Test
  void aClosedImageCannotBeSearched() throws Exception {
    GrayImage image = detector.decode(Fixtures.bytes(Fixtures.COFFEE));
    image.close();
    image.close();
    assertThrows(IllegalStateException.class, () -> detector.detect(image));
  }

  @Test
  void aPhoneStylePhotoIsSearchedTheWayItIsShownByItsExifOrientation() throws Exception {
    // Stored turned a quarter to the left, with EXIF orientation 6 ("turn a quarter right to show"), as a
    // phone held upright writes it. Browsers show it upright, so the boundary must be that of the upright
    // picture.
    byte[] sideways = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".jpg", image -> {
      Mat turned = new Mat();
      opencv_core.rotate(image, turned, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
      return turned;
    });
    List<DetectedFace> shownAsStored = detector.detect(sideways);
    assertTrue(shownAsStored.stream().noneMatch(face -> near(face.boundary(), Fixtures.GRACE_HOPPER_FACE)),
        "the control: stored sideways and shown as stored, the upright face is not where it would be");
    assertOneFace(detector.detect(withExifOrientation(sideways, 6)), Fixtures.GRACE_HOPPER_FACE, 1);
  }

  /** {@code jpeg} with an EXIF segment holding only the orientation tag, right after its start marker. */
  private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    byte[] exif = {
        (byte) 0xFF, (byte) 0xE1, 0, 34, // APP1 and its length, the length bytes included
        'E', 'x', 'i', 'f', 0, 0,
        'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header; the first IFD at offset 8
        0, 1, // one entry
        0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, one value
        0, 0, 0, 0 // no next IFD
    };
    byte[] out = new byte[jpeg.length + exif.length];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(exif, 0, out, 2, exif.length);
    System.arraycopy(jpeg, 2, out, 2 + exif.length, jpeg.length - 2);
    return out;
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
    byte[] enlarged = Fixtures.reencoded(Fixtures.GRACE_HOPPER, ".png", image -> {
      Mat larger = new Mat();
      opencv_imgproc.resize(image, larger, new Size(), 2, 2, opencv_imgproc.INTER_LINEAR);
      return larger;
    });
    Boundary face = Fixtures.GRACE_HOPPER_FACE;
    assertOneFace(detector.detect(enlarged),
        new Boundary(2 * face.left(), 2 * face.top(), 2 * face.width(), 2 * face.height()), 2);
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
  void refusesAnImageWithMorePixelsThanTheLimit() throws Exception {
    byte[] astronaut = Fixtures.bytes(Fixtures.ASTRONAUT); // 512x512
    ImageTooLargeException e = assertThrows(
        ImageTooLargeException.class, () -> new FaceDetector(512 * 512 - 1).detect(astronaut));
    assertEquals(512, e.width());
    assertEquals(512, e.height());
    assertEquals(512 * 512 - 1, e.maxPixels());
    assertEquals("the PNG image is 512x512 pixels (262144 pixels), more than the 262143 pixels accepted",
        e.getMessage());
    assertOneFace(new FaceDetector(512 * 512).detect(astronaut), Fixtures.ASTRONAUT_FACE, 1);
  }

  @Test
  void refusesAPngDecompressionBombBeforeDecodingIt() {
    // 400 megapixels in about 50 kB: decoded to 8-bit gray it would take 400 MB.
    byte[] bomb = Bombs.blackPng(20_000, 20_000);
    assertTrue(bomb.length < 200_000, "bomb of " + bomb.length + " bytes");
    ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> detector.detect(bomb));
    assertEquals(400_000_000L, e.width() * e.height());
    assertEquals(FaceDetector.DEFAULT_MAX_PIXELS, e.maxPixels());
  }

  @Test
  void refusesAJpegThatDeclaresAnEnormousImage() {
    byte[] bomb = Bombs.jpegHeader(65_000, 65_000);
    ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> detector.detect(bomb));
    assertTrue(e.getMessage().startsWith("the JPEG image is 65000x65000 pixels"), e.getMessage());
  }

  @Test
  void refusesAMeaninglessPixelLimit() {
    assertThrows(IllegalArgumentException.class, () -> new FaceDetector(0));
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

  private static void assertOneFace(List<DetectedFace> faces, Boundary expected, int scale) {
    assertEquals(1, faces.size(), () -> "faces: " + faces);
    DetectedFace face = faces.get(0);
    Boundary found = face.boundary();
    int tolerance = TOLERANCE * scale;
    String message = "found " + found + ", expected " + expected + " within " + tolerance + " pixels";
    assertTrue(Math.abs(found.left() - expected.left()) <= tolerance, message);
    assertTrue(Math.abs(found.top() - expected.top()) <= tolerance, message);
    assertTrue(Math.abs(found.width() - expected.width()) <= tolerance, message);
    assertTrue(Math.abs(found.height() - expected.height()) <= tolerance, message);
    assertTrue(face.confidence() > 0 && face.confidence() <= 1, "confidence " + face.confidence());
    assertTrue(face.sharpness() > 0 && face.sharpness() <= 1, "sharpness " + face.sharpness());
  }
}
