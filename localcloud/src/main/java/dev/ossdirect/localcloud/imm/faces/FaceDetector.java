package dev.ossdirect.localcloud.imm.faces;

import dev.ossdirect.localcloud.imm.images.DecodeBudget;
import dev.ossdirect.localcloud.imm.images.GrayImage;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.imm.images.ImageDecodingException;
import dev.ossdirect.localcloud.imm.images.ImageTooLargeException;
import java.util.List;

/**
 * Finds the faces in a decoded picture. Decoding stays apart (an {@link ImageDecoder}, within a
 * {@link DecodeBudget}), so that every detector searches the same pixels, decoded at the resolution it
 * asks for with {@link #decodeSide()}; two detectors can then be compared on one decoded picture.
 *
 * <p>A detector is safe to share between threads.
 */
public interface FaceDetector {

  /**
   * The fewest pixels the longer side of a decoded picture must keep for this detector: decode with
   * {@code imageDecoder.decode(bytes, header, detector.decodeSide())}.
   */
  int decodeSide();

  /**
   * The faces in {@code image}, most confident first (then top to bottom, left to right); an empty list
   * if there is none. Boundaries are in the pixels of the picture {@code image} was decoded from.
   *
   * @throws IllegalStateException if the image was closed
   */
  List<DetectedFace> detect(GrayImage image);

  /**
   * The faces in {@code encodedImage}, as {@link #detect(GrayImage)} finds them. Decodes it with an
   * {@link ImageDecoder} of the default pixel limit, outside any {@link DecodeBudget}: for tests and
   * tools. A service decodes within its budget, then calls {@link #detect(GrayImage)}.
   *
   * @throws ImageDecodingException if the bytes are not a complete image in a supported format, or
   *     cannot be decoded
   * @throws ImageTooLargeException if the image has more than {@link ImageDecoder#DEFAULT_MAX_PIXELS}
   * @throws IllegalStateException if the OpenCV native libraries cannot be loaded on this platform
   */
  default List<DetectedFace> detect(byte[] encodedImage) throws ImageDecodingException {
    try (GrayImage image = new ImageDecoder().decode(encodedImage, decodeSide())) {
      return detect(image);
    }
  }
}
