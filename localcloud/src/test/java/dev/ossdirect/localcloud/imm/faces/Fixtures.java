package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/** The test images in {@code src/test/resources/fixtures}, and ways to derive others from them. */
public final class Fixtures {

  public static final String GRACE_HOPPER = "grace_hopper.jpg";
  public static final String ASTRONAUT = "astronaut.png";
  public static final String COFFEE = "coffee.png";

  /** Where the face of each portrait is, as the fixtures' README gives it. */
  public static final Boundary GRACE_HOPPER_FACE = new Boundary(149, 100, 231, 231);
  public static final Boundary ASTRONAUT_FACE = new Boundary(177, 67, 93, 93);

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] firstHalf(String name) {
    byte[] data = bytes(name);
    return Arrays.copyOf(data, data.length / 2);
  }

  /**
   * The fixture decoded in colour, changed by {@code change}, and encoded again with OpenCV as
   * {@code extension} (".png", ".bmp", ".gif", ".webp", ".jpg") with the given encoder parameters.
   */
  @SuppressWarnings("try") // the scope is only there to be closed
  static byte[] reencoded(String name, String extension, UnaryOperator<Mat> change, int... parameters) {
    try (PointerScope scope = new PointerScope()) {
      Mat image = change.apply(imdecode(new Mat(new BytePointer(bytes(name))), IMREAD_COLOR));
      BytePointer encoded = new BytePointer();
      if (!imencode(extension, image, encoded, new IntPointer(parameters))) {
        throw new IllegalStateException("OpenCV could not encode " + name + " as " + extension);
      }
      byte[] out = new byte[(int) encoded.limit()];
      encoded.get(out);
      return out;
    }
  }

  static byte[] reencoded(String name, String extension) {
    return reencoded(name, extension, UnaryOperator.identity());
  }
}
