package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // each scope is only there to be closed
class SharpnessTest {

  @Test
  void isLowerForABlurredFace() {
    try (PointerScope scope = new PointerScope()) {
      Mat gray = imdecode(new Mat(new BytePointer(Fixtures.bytes(Fixtures.ASTRONAUT))), IMREAD_GRAYSCALE);
      Rect region = new Rect(177, 67, 93, 93); // the astronaut's face
      double sharp = Sharpness.of(gray, region);
      double previous = sharp;
      for (double sigma : new double[] {1, 2, 4}) {
        Mat blurred = new Mat();
        GaussianBlur(gray, blurred, new Size(0, 0), sigma);
        double sharpness = Sharpness.of(blurred, region);
        assertTrue(sharpness < previous, "sigma " + sigma + ": " + sharpness + " after " + previous);
        previous = sharpness;
      }
      assertTrue(sharp > 0.5 && previous < 0.1, sharp + " then " + previous);
    }
  }

  @Test
  void isZeroForAFlatRegion() {
    try (PointerScope scope = new PointerScope()) {
      Mat flat = new Mat(200, 200, CV_8UC1, new Scalar(128));
      assertEquals(0.0, Sharpness.of(flat, new Rect(10, 10, 100, 100)));
    }
  }
}
