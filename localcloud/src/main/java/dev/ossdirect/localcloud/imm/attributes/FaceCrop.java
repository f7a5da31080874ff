package dev.ossdirect.localcloud.imm.attributes;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Cuts a face out of a picture the way the Human library ({@code @vladmandic/human}) gives it to its
 * attribute models, so that they see what they were used with.
 *
 * <p>Human's face detector (BlazeFace) gives a box, which Human enlarges 1.4 times about its centre and
 * makes square ({@code enlargeBox}, {@code squarifyBox} in {@code src/face/facemeshutil.ts}); that box is
 * cut out and resized to its mesh model's 192 x 192 pixels ({@code cutAndResize}, TensorFlow's
 * {@code cropAndResize}: bilinear, and black outside the picture); each attribute model then resizes
 * those 192 x 192 pixels to its own input ({@code resizeBilinear} without half-pixel centres, in
 * {@code src/face/faceres.ts} and {@code src/gear/emotion.ts}). Here the box is the local detector's,
 * and both resamplings are done as TensorFlow does them, with OpenCV's {@code warpAffine} given the same
 * sampling positions: TensorFlow's resizing does not sample where OpenCV's {@code resize} does.
 *
 * <p>Call it inside a JavaCPP {@code PointerScope}, which frees the native images it makes.
 */
final class FaceCrop {

  /** How many times Human enlarges the detector's box ({@code face.detector.scale} in its config). */
  static final double ENLARGEMENT = 1.4;

  /** The side of the face image Human's models start from (its mesh model's input). */
  static final int CROP_SIDE = 192;

  private FaceCrop() {}

  /**
   * The face whose box is ({@code left}, {@code top}, {@code width}, {@code height}) in the pixels of
   * {@code picture}, enlarged and squared as Human does, as {@link #CROP_SIDE} x {@link #CROP_SIDE}
   * 32-bit float pixels of {@code picture}'s channels and values.
   */
  static Mat cut(Mat picture, double left, double top, double width, double height) {
    double side = Math.max(width, height) * ENLARGEMENT;
    double x1 = left + width / 2 - side / 2;
    double y1 = top + height / 2 - side / 2;
    int pictureWidth = picture.cols();
    int pictureHeight = picture.rows();
    // cropAndResize samples the box's normalised corners at (size - 1) times them.
    double scaleX = side * (pictureWidth - 1) / pictureWidth / (CROP_SIDE - 1);
    double scaleY = side * (pictureHeight - 1) / pictureHeight / (CROP_SIDE - 1);
    double originX = x1 * (pictureWidth - 1) / pictureWidth;
    double originY = y1 * (pictureHeight - 1) / pictureHeight;
    return sample(picture, scaleX, originX, scaleY, originY, CROP_SIDE);
  }

  /**
   * {@code face} (a square of float pixels) resized to {@code side} x {@code side} as TensorFlow's
   * {@code resizeBilinear} does by default: output pixel {@code i} samples input position
   * {@code i * inputSide / side}.
   */
  static Mat resize(Mat face, int side) {
    double scale = (double) face.cols() / side;
    return sample(face, scale, 0, scale, 0, side);
  }

  /** Output pixel (x, y) is {@code source} sampled bilinearly at (scaleX x + originX, scaleY y + originY). */
  private static Mat sample(Mat source, double scaleX, double originX, double scaleY, double originY, int side) {
    Mat floats = new Mat();
    source.convertTo(floats, CV_32F);
    Mat map = new Mat(2, 3, CV_64F);
    DoublePointer m = new DoublePointer(map.data());
    m.put(0, scaleX).put(1, 0).put(2, originX).put(3, 0).put(4, scaleY).put(5, originY);
    Mat out = new Mat();
    warpAffine(floats, out, map, new Size(side, side), INTER_LINEAR | WARP_INVERSE_MAP, BORDER_CONSTANT,
        new Scalar(0.0));
    return out;
  }
}
