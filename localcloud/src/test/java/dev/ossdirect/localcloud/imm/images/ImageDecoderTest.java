package dev.ossdirect.localcloud.imm.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.imm.faces.Fixtures;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderTest {

  private static final int SIDE = 1280;

  private final ImageDecoder decoder = new ImageDecoder();

  @ParameterizedTest(name = "longer side {0}: 1/{1}")
  @CsvSource({"1, 1", "1279, 1", "1280, 1", "2558, 1", "2559, 2", "5116, 2", "5117, 4", "10232, 4",
      "10233, 8", "65535, 8"})
  void reducesByTheLargestFactorThatKeepsTheSideAsked(int longerSide, int reduction) {
    assertEquals(reduction, ImageDecoder.reduction(longerSide, SIDE));
  }

  @ParameterizedTest(name = "{0} of {1}x{2}: decoded {3}x{4}")
  @CsvSource({
      ".jpg, 2558, 100, 2558, 100",
      ".jpg, 2559, 100, 1280, 50", // rounded up, as libjpeg does
      ".jpg, 2561, 101, 1281, 51",
      ".jpg, 100, 5120, 25, 1280",
      ".png, 2558, 100, 2558, 100",
      ".png, 2559, 100, 1280, 50",
      ".png, 2561, 101, 1281, 51",
      ".webp, 100, 5120, 25, 1280",
      ".bmp, 2560, 100, 1280, 50",
      ".gif, 2560, 100, 1280, 50"})
  void decodesAtTheReducedSizeAndKnowsThePicturesOwn(String extension, int width, int height,
      int decodedWidth, int decodedHeight) throws Exception {
    byte[] encoded = Fixtures.reencoded(Fixtures.COFFEE, extension, image -> resized(image, width, height));
    try (GrayImage image = decoder.decode(encoded, SIDE)) {
      assertEquals(decodedWidth + "x" + decodedHeight, image.width() + "x" + image.height());
      assertEquals(width + "x" + height, image.sourceWidth() + "x" + image.sourceHeight());
    }
  }

  @Test
  void aReducedJpegIsTheWholePictureShrunk() throws Exception {
    // The left half white, the right half black: at half the size, the edge stays in the middle.
    byte[] encoded = Fixtures.reencoded(Fixtures.COFFEE, ".jpg", image -> {
      Mat halves = new Mat(3000, 4000, opencv_core.CV_8UC3, Scalar.all(0));
      opencv_imgproc.rectangle(halves, new Rect(0, 0, 2000, 3000), Scalar.all(255), opencv_imgproc.FILLED,
          opencv_imgproc.LINE_8, 0);
      return halves;
    });
    try (GrayImage image = decoder.decode(encoded, SIDE)) {
      assertEquals("2000x1500", image.width() + "x" + image.height());
      assertTrue(meanOf(image, new Rect(0, 0, 990, 1500)) > 250);
      assertTrue(meanOf(image, new Rect(1010, 0, 990, 1500)) < 5);
    }
  }

  private static double meanOf(GrayImage image, Rect region) {
    return opencv_core.mean(new Mat(image.pixels(), region)).get(0);
  }

  @Test
  void aJpegTurnedByItsExifOrientationIsDecodedAsItIsShown() throws Exception {
    // Stored 3000 wide and 2560 high, shown turned a quarter: 2560 wide and 3000 high.
    byte[] stored = Fixtures.reencoded(Fixtures.COFFEE, ".jpg", image -> resized(image, 3000, 2560));
    try (GrayImage shown = decoder.decode(Fixtures.withExifOrientation(stored, 6), SIDE)) {
      assertEquals("1280x1500", shown.width() + "x" + shown.height());
      assertEquals("2560x3000", shown.sourceWidth() + "x" + shown.sourceHeight());
    }
    try (GrayImage asStored = decoder.decode(stored, SIDE)) {
      assertEquals("1500x1280", asStored.width() + "x" + asStored.height());
      assertEquals("3000x2560", asStored.sourceWidth() + "x" + asStored.sourceHeight());
    }
  }

  @Test
  void decodesAGifBombAtAQuarterOfItsSize() throws Exception {
    try (GrayImage image = decoder.decode(Bombs.blankGif(6324, 6324), SIDE)) {
      assertEquals("1581x1581", image.width() + "x" + image.height());
      assertEquals("6324x6324", image.sourceWidth() + "x" + image.sourceHeight());
      assertEquals(0, opencv_core.countNonZero(image.pixels()));
    }
  }

  @Test
  void acceptsExactlyThePixelLimitAndRefusesOneMore() throws Exception {
    byte[] astronaut = Fixtures.bytes(Fixtures.ASTRONAUT); // 512x512
    ImageTooLargeException e = assertThrows(
        ImageTooLargeException.class, () -> new ImageDecoder(512 * 512 - 1).readHeader(astronaut));
    assertEquals(512, e.width());
    assertEquals(512, e.height());
    assertEquals(512 * 512 - 1, e.maxPixels());
    assertEquals("the PNG image is 512x512 pixels (262144 pixels), more than the 262143 pixels accepted",
        e.getMessage());
    assertThrows(ImageTooLargeException.class, () -> new ImageDecoder(512 * 512 - 1).decode(astronaut, SIDE));
    assertEquals(new ImageHeader(ImageFormat.PNG, 512, 512), new ImageDecoder(512 * 512).readHeader(astronaut));
    try (GrayImage image = new ImageDecoder(512 * 512).decode(astronaut, SIDE)) {
      assertEquals("512x512", image.width() + "x" + image.height());
    }
  }

  @Test
  void refusesAPngDecompressionBombBeforeDecodingIt() {
    // 400 megapixels in about 50 kB: decoded to 8-bit gray it would take 400 MB.
    byte[] bomb = Bombs.blackPng(20_000, 20_000);
    assertTrue(bomb.length < 200_000, "bomb of " + bomb.length + " bytes");
    ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> decoder.decode(bomb, SIDE));
    assertEquals(400_000_000L, e.width() * e.height());
    assertEquals(ImageDecoder.DEFAULT_MAX_PIXELS, e.maxPixels());
  }

  @Test
  void refusesAJpegThatDeclaresAnEnormousImage() {
    byte[] bomb = Bombs.jpegHeader(65_000, 65_000);
    ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> decoder.readHeader(bomb));
    assertTrue(e.getMessage().startsWith("the JPEG image is 65000x65000 pixels"), e.getMessage());
  }

  @Test
  void aJpegWhosePixelsCannotBeDecodedIsRefused() throws Exception {
    byte[] noTables = Bombs.jpegHeader(3000, 3000);
    ImageHeader header = decoder.readHeader(noTables);
    ImageDecodingException e =
        assertThrows(ImageDecodingException.class, () -> decoder.decode(noTables, header, SIDE));
    assertTrue(e.getMessage().startsWith("the JPEG image "), e.getMessage());
  }

  @Test
  void aClosedImageHasNoPixels() throws Exception {
    GrayImage image = decoder.decode(Fixtures.bytes(Fixtures.COFFEE), SIDE);
    image.close();
    image.close();
    assertThrows(IllegalStateException.class, image::pixels);
  }

  @Test
  void refusesMeaninglessLimits() {
    assertThrows(IllegalArgumentException.class, () -> new ImageDecoder(0));
    assertThrows(IllegalArgumentException.class, () -> decoder.decode(Fixtures.bytes(Fixtures.COFFEE), 0));
  }

  private static Mat resized(Mat image, int width, int height) {
    Mat resized = new Mat();
    opencv_imgproc.resize(image, resized, new Size(width, height), 0, 0, opencv_imgproc.INTER_AREA);
    return resized;
  }
}
