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
import org.bytedeco.opencv.global.opencv_core;
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

  /**
   * The intersection of the two boundaries over their union, in [0, 1]: 0.5 or more is the usual test
   * that a detection found the expected face.
   */
  public static double overlap(Boundary a, Boundary b) {
    double across = Math.min(a.left() + a.width(), b.left() + b.width()) - Math.max(a.left(), b.left());
    double down = Math.min(a.top() + a.height(), b.top() + b.height()) - Math.max(a.top(), b.top());
    double inner = Math.max(0, across) * Math.max(0, down);
    return inner / ((double) a.width() * a.height() + (double) b.width() * b.height() - inner);
  }

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
  public static byte[] reencoded(String name, String extension, UnaryOperator<Mat> change, int... parameters) {
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

  public static byte[] reencoded(String name, String extension) {
    return reencoded(name, extension, UnaryOperator.identity());
  }

  /**
   * The fixture turned a quarter to the left and encoded as a JPEG without EXIF orientation: as a phone
   * held upright stores a photo, before it adds the orientation that shows it upright (6).
   */
  public static byte[] storedSideways(String name) {
    return reencoded(name, ".jpg", image -> {
      Mat turned = new Mat();
      opencv_core.rotate(image, turned, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
      return turned;
    });
  }

  /** {@code jpeg} with an EXIF segment holding only the orientation tag, right after its start marker. */
  public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
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
}
