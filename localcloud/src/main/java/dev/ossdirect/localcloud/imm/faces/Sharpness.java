package dev.ossdirect.localcloud.imm.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * How sharp a face looks, from the variance of the Laplacian of its grayscale pixels, the usual
 * focus measure (Pech-Pacheco et al., "Diatom autofocusing in brightfield microscopy", 2000): edges
 * and fine texture give a Laplacian that swings widely, blur flattens it.
 *
 * <p>The face region of the decoded image (at the resolution {@link FaceDetector} has pictures decoded
 * at, 8-bit gray, not equalised) is resampled to {@value #SAMPLE_SIDE}x{@value #SAMPLE_SIDE} pixels, so
 * that faces of any size are measured at the same scale (area averaging to shrink, bilinear to enlarge;
 * a small face that must be enlarged holds little detail and rightly scores low). Then, with {@code v} the variance of its
 * 3x3 Laplacian ({@code [0 1 0; 1 -4 1; 0 1 0]}, in gray levels squared),
 *
 * <pre>    sharpness = v / (v + {@value #HALF_SHARPNESS_VARIANCE})</pre>
 *
 * which is 0 for a flat patch, 0.5 at a variance of {@value #HALF_SHARPNESS_VARIANCE} (the value often
 * used as the boundary between blurred and sharp photos) and tends to 1. It depends on contrast and
 * noise as well as on focus, so it compares faces rather than certifying one.
 */
final class Sharpness {

  static final int SAMPLE_SIDE = 128;
  static final double HALF_SHARPNESS_VARIANCE = 100.0;

  private Sharpness() {}

  /**
   * The sharpness of {@code region} of {@code gray}, an 8-bit single-channel image. Allocates native
   * memory: call inside a JavaCPP {@code PointerScope}.
   */
  static double of(Mat gray, Rect region) {
    Mat face = new Mat(gray, region);
    Mat sample = new Mat();
    int interpolation = region.width() > SAMPLE_SIDE ? INTER_AREA : INTER_LINEAR;
    resize(face, sample, new Size(SAMPLE_SIDE, SAMPLE_SIDE), 0, 0, interpolation);
    Mat laplacian = new Mat();
    Laplacian(sample, laplacian, CV_64F);
    Mat mean = new Mat();
    Mat deviation = new Mat();
    meanStdDev(laplacian, mean, deviation);
    double standardDeviation;
    try (DoubleIndexer indexer = deviation.createIndexer()) {
      standardDeviation = indexer.get(0);
    }
    double variance = standardDeviation * standardDeviation;
    return variance / (variance + HALF_SHARPNESS_VARIANCE);
  }
}
