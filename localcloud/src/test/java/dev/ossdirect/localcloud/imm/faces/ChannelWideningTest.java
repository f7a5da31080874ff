package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelWideningTest {

  /** How far apart, in input pixels or in score, the two graphs' outputs may be: float rounding only. */
  private static final double ROUNDING = 1e-3;

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.GRACE_HOPPER, Fixtures.ASTRONAUT, Fixtures.COFFEE})
  void theWidenedGraphGivesEveryAnchorWhatTheFileGives(String picture) throws Exception {
    FloatBuffer input = modelInput(picture);
    List<FaceCandidate> asFiled;
    List<FaceCandidate> widened;
    // Blocks of 8 leave the file's 24 channels as they are; blocks of 16 widen them to 32.
    try (BlazeFaceModel model = BlazeFaceModel.load(BlazeFaceModel.RESOURCE, 8)) {
      asFiled = model.run(input, 0); // every one of the 896 anchors
    }
    try (BlazeFaceModel model = BlazeFaceModel.load(BlazeFaceModel.RESOURCE, 16)) {
      widened = model.run(input, 0);
    }
    assertEquals(896, asFiled.size());
    assertEquals(asFiled.size(), widened.size());
    double mostConfident = 0;
    for (int i = 0; i < asFiled.size(); i++) {
      FaceCandidate a = asFiled.get(i);
      FaceCandidate b = widened.get(i);
      assertEquals(a.score(), b.score(), ROUNDING, "anchor " + i);
      assertEquals(a.left(), b.left(), ROUNDING, "anchor " + i);
      assertEquals(a.top(), b.top(), ROUNDING, "anchor " + i);
      assertEquals(a.right(), b.right(), ROUNDING, "anchor " + i);
      assertEquals(a.bottom(), b.bottom(), ROUNDING, "anchor " + i);
      for (int k = 0; k < 2 * FaceCandidate.KEY_POINTS; k++) {
        assertEquals(a.keyPoint(k), b.keyPoint(k), ROUNDING, "anchor " + i + ", key point value " + k);
      }
      mostConfident = Math.max(mostConfident, a.score());
    }
    // The comparison means something: a portrait's face scores high, the coffee nowhere near.
    assertEquals(!picture.equals(Fixtures.COFFEE), mostConfident >= BlazeFaceDetector.MIN_SCORE);
  }

  @Test
  void theWidenedGraphIsLargerByTheZeroWeightsOnly() throws Exception {
    byte[] file = modelFile();
    byte[] widened = ChannelWidening.widen(file, 24, 32);
    // 15 convolutions 24 -> 24 gain 32 * 32 - 24 * 24 weights and 8 biases, 16 depthwise ones 8 * 9
    // weights, the first 8 * 3 * 25 weights and 8 biases, the one leaving the stage 48 * 8 weights.
    long added = 4L * (15 * (32 * 32 - 24 * 24 + 8) + 16 * 8 * 9 + (8 * 3 * 25 + 8) + 48 * 8);
    // Less the intermediate shapes, which are dropped; give or take a few bytes of lengths and dims.
    assertTrue(widened.length > file.length + added - 40_000 && widened.length < file.length + added,
        "file " + file.length + " B, widened " + widened.length + " B, weights added " + added + " B");
  }

  @Test
  void aStageTheModelDoesNotHaveIsRefused() throws Exception {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChannelWidening.widen(modelFile(), 40, 48));
    assertTrue(e.getMessage().contains("no stage of 40 channels"), e.getMessage());
  }

  @Test
  void narrowingIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ChannelWidening.widen(new byte[0], 24, 24));
    assertThrows(IllegalArgumentException.class, () -> ChannelWidening.widen(new byte[0], 24, 16));
  }

  @Test
  void bytesThatAreNotAModelAreRefused() {
    byte[] notProtobuf = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertThrows(IllegalArgumentException.class, () -> ChannelWidening.widen(notProtobuf, 24, 32));
  }

  private static byte[] modelFile() throws Exception {
    try (InputStream in = BlazeFaceModel.class.getResourceAsStream(BlazeFaceModel.RESOURCE)) {
      return in.readAllBytes();
    }
  }

  /** {@code picture} squeezed to the model's input, grey in red, green and blue, in [-1, 1]. */
  private static FloatBuffer modelInput(String picture) throws Exception {
    int size = BlazeFaceModel.SIZE;
    byte[] pixels = new byte[size * size];
    try (GrayImage gray = new ImageDecoder().decode(Fixtures.bytes(picture), 2000)) {
      Mat small = new Mat();
      resize(gray.pixels(), small, new Size(size, size), 0, 0, INTER_AREA);
      small.data().get(pixels);
      small.close();
    }
    FloatBuffer input = ByteBuffer.allocateDirect(4 * 3 * size * size).order(ByteOrder.nativeOrder()).asFloatBuffer();
    for (int i = 0; i < pixels.length; i++) {
      float value = (pixels[i] & 0xFF) * (2f / 255f) - 1f;
      input.put(3 * i, value).put(3 * i + 1, value).put(3 * i + 2, value);
    }
    return input;
  }
}
