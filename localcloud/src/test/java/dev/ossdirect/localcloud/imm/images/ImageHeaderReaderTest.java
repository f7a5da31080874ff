package dev.ossdirect.localcloud.imm.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.imm.faces.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageHeaderReaderTest {

  @Test
  void readsTheFixtures() throws Exception {
    assertEquals(new ImageHeader(ImageFormat.JPEG, 512, 600),
        ImageHeaderReader.read(Fixtures.bytes(Fixtures.GRACE_HOPPER)));
    assertEquals(new ImageHeader(ImageFormat.PNG, 512, 512),
        ImageHeaderReader.read(Fixtures.bytes(Fixtures.ASTRONAUT)));
    assertEquals(new ImageHeader(ImageFormat.PNG, 600, 400),
        ImageHeaderReader.read(Fixtures.bytes(Fixtures.COFFEE)));
  }

  @ParameterizedTest
  @CsvSource({".bmp, BMP", ".gif, GIF", ".webp, WEBP", ".jpg, JPEG", ".png, PNG"})
  void readsWhatOpenCvWrites(String extension, ImageFormat format) throws Exception {
    byte[] encoded = Fixtures.reencoded(Fixtures.COFFEE, extension);
    assertEquals(new ImageHeader(format, 600, 400), ImageHeaderReader.read(encoded));
  }

  @Test
  void readsLossyWebp() throws Exception {
    byte[] encoded = Fixtures.reencoded(Fixtures.COFFEE, ".webp", image -> image,
        opencv_imgcodecs.IMWRITE_WEBP_QUALITY, 80);
    assertEquals("VP8 ", new String(encoded, 12, 4, StandardCharsets.US_ASCII));
    assertEquals(new ImageHeader(ImageFormat.WEBP, 600, 400), ImageHeaderReader.read(encoded));
  }

  @Test
  void readsExtendedWebp() throws Exception {
    byte[] extended = {
      'R', 'I', 'F', 'F', 22, 0, 0, 0, 'W', 'E', 'B', 'P',
      'V', 'P', '8', 'X', 10, 0, 0, 0, 0, 0, 0, 0,
      (byte) 0x3f, (byte) 0x9c, 0, // canvas width - 1 = 39999
      (byte) 0x1f, 0x4e, 0 // canvas height - 1 = 19999
    };
    assertEquals(new ImageHeader(ImageFormat.WEBP, 40_000, 20_000), ImageHeaderReader.read(extended));
  }

  @Test
  void countsEveryGifFrameInTheSize() throws Exception {
    byte[] gif = {
      'G', 'I', 'F', '8', '9', 'a', 10, 0, 10, 0, 0, 0, 0, // a 10x10 screen, no colour table
      0x2c, 0, 0, 0, 0, 10, 0, 10, 0, 0, 2, 1, 0, 0, // a 10x10 frame
      0x2c, 0x10, 0x27, 0, 0, (byte) 0xe8, 0x03, 1, 0, 0, 2, 1, 0, 0, // 1000x1 at left 10000
      0x3b
    };
    assertEquals(new ImageHeader(ImageFormat.GIF, 11_000, 10), ImageHeaderReader.read(gif));
  }

  @Test
  void rejectsAGifWithoutItsTrailer() {
    byte[] gif = Fixtures.reencoded(Fixtures.COFFEE, ".gif");
    assertRefused(Arrays.copyOf(gif, gif.length - 1),
        "the GIF image is truncated: the data ends after " + (gif.length - 1)
        + " bytes, before the image does");
  }

  @Test
  void rejectsABmpWhosePixelsAreCutShort() {
    byte[] bmp = Fixtures.reencoded(Fixtures.COFFEE, ".bmp");
    assertRefused(Arrays.copyOf(bmp, bmp.length - 1), "the BMP image is truncated: its 600x400 pixels"
        + " at 24 bits each do not fit in its " + (bmp.length - 1) + " bytes");
  }

  @Test
  void rejectsAWebpShorterThanItsRiffHeaderSays() {
    byte[] webp = Fixtures.reencoded(Fixtures.COFFEE, ".webp");
    assertRefused(Arrays.copyOf(webp, 1000), "the WebP image is truncated: its RIFF header declares "
        + webp.length + " bytes but there are only 1000");
  }

  @Test
  void rejectsAJpegCutBeforeItsImageData() {
    assertRefused(Arrays.copyOf(Fixtures.bytes(Fixtures.GRACE_HOPPER), 100),
        "the JPEG image is truncated: ");
  }

  @Test
  void rejectsAJpegThatEndsBeforeItsImageData() {
    byte[] onlyMarkers = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9};
    assertRefused(onlyMarkers,
        "the JPEG image is corrupt: it ends (end-of-image marker at byte 2) before its image data");
  }

  @Test
  void rejectsAPngWhoseFirstChunkIsNotItsHeader() {
    byte[] png = Fixtures.bytes(Fixtures.ASTRONAUT);
    png[12] = 'X';
    assertRefused(png, "the PNG image is corrupt: its first chunk is not a 13-byte IHDR chunk");
  }

  @Test
  void rejectsAPngWithAnEmptySize() {
    byte[] png = Bombs.blackPng(1, 1);
    Arrays.fill(png, 16, 20, (byte) 0); // width 0
    assertRefused(png, "the PNG image is corrupt: its IHDR chunk declares an invalid size (0x1)");
  }

  @Test
  void readsTheSizeOfABombWithoutInflatingIt() throws Exception {
    assertEquals(new ImageHeader(ImageFormat.PNG, 20_000, 20_000),
        ImageHeaderReader.read(Bombs.blackPng(20_000, 20_000)));
    assertEquals(new ImageHeader(ImageFormat.JPEG, 65_000, 65_000),
        ImageHeaderReader.read(Bombs.jpegHeader(65_000, 65_000)));
    byte[] gif = Bombs.blankGif(6324, 6324);
    assertTrue(gif.length < 32 * 1024, "a GIF bomb of " + gif.length + " bytes");
    assertEquals(new ImageHeader(ImageFormat.GIF, 6324, 6324), ImageHeaderReader.read(gif));
  }

  @Test
  @SuppressWarnings("try") // the scope is only there to be closed
  void aGifBombIsAWholeGifThatOpenCvDecodes() {
    // At 3000 x 3000 the code table fills up and starts again.
    for (int side : new int[] {1, 7, 100, 3000}) {
      for (int height : new int[] {1, side}) {
        try (PointerScope scope = new PointerScope()) {
          OpenCvRuntime.ensureLoaded();
          Mat decoded = opencv_imgcodecs.imdecode(new Mat(new BytePointer(Bombs.blankGif(side, height))),
              opencv_imgcodecs.IMREAD_GRAYSCALE);
          assertEquals(side + "x" + height, decoded.cols() + "x" + decoded.rows());
          assertEquals(0, opencv_core.countNonZero(decoded), "every pixel of the first colour, black");
        }
      }
    }
  }

  @Test
  void rejectsTextThatStartsLikeABitmap() {
    assertRefusedWith("BM is not a bitmap".getBytes(StandardCharsets.US_ASCII),
        "the data (18 bytes) is not a JPEG, PNG, GIF, BMP or WebP image");
  }

  @Test
  void rejectsOtherImageFormats() {
    byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0};
    assertRefusedWith(tiff, "the data (8 bytes) is not a JPEG, PNG, GIF, BMP or WebP image");
  }

  @Test
  void rejectsAJpegWithAMisplacedMarkerWithoutQuotingIt() {
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd8, 0, 0};
    assertRefusedWith(jpeg, "the JPEG image is corrupt: it has a marker that cannot appear there at byte 3");
  }

  @Test
  void rejectsAGifWithAnUnknownBlockWithoutQuotingIt() {
    byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, 'S', 'E', 'C', 'R', 'E', 'T'};
    assertRefusedWith(gif, "the GIF image is corrupt: it has a block of an unknown kind at byte 13");
  }

  @Test
  void rejectsAWebpWithAnUnknownFirstChunkWithoutQuotingIt() {
    byte[] webp = new byte[30];
    System.arraycopy("RIFF\u0016\0\0\0WEBPSECR".getBytes(StandardCharsets.ISO_8859_1), 0, webp, 0, 16);
    assertRefusedWith(webp, "the WebP image is corrupt: its first chunk is not VP8, VP8L or VP8X");
  }

  @Test
  void rejectsAPngChunkCutShortWithoutQuotingItsType() throws Exception {
    byte[] png = Arrays.copyOf(Fixtures.bytes(Fixtures.ASTRONAUT), 8 + 25 + 12);
    System.arraycopy("SECR".getBytes(StandardCharsets.US_ASCII), 0, png, 8 + 25 + 4, 4);
    byte[] oneByteLong = {0, 0, 0, 1}; // a chunk of one byte, which the data does not hold
    System.arraycopy(oneByteLong, 0, png, 8 + 25, 4);
    assertRefusedWith(png, "the PNG image is truncated: its chunk at byte 33 needs 13 bytes but only 12 remain");
  }

  /** Refused with exactly {@code message}, which must quote none of the file's bytes. */
  private static void assertRefusedWith(byte[] data, String message) {
    ImageDecodingException e =
        assertThrows(ImageDecodingException.class, () -> ImageHeaderReader.read(data));
    assertEquals(message, e.getMessage());
  }

  private static void assertRefused(byte[] data, String messageStart) {
    ImageDecodingException e =
        assertThrows(ImageDecodingException.class, () -> ImageHeaderReader.read(data));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }
}
