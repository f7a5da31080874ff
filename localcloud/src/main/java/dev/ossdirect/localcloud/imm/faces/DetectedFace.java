package dev.ossdirect.localcloud.imm.faces;

/**
 * One face found in an image, with only what the detector really measures. A Haar cascade finds where
 * a frontal face is; it says nothing of age, expression, pose or anything else, so neither does this.
 *
 * @param boundary where the face is, in the picture's own pixels as it is displayed (after any EXIF
 *     orientation), whatever resolution it was decoded and searched at
 * @param confidence how clearly the cascade's last stage accepted the face, in [0, 1]: with {@code m}
 *     the amount by which that stage's sum exceeded its threshold, {@code 1 - exp(-m / 4)}. It orders
 *     detections as the cascade's own score does, but it is not a calibrated probability.
 * @param sharpness how much fine detail the face holds, in [0, 1]: with {@code v} the variance of the
 *     Laplacian of the decoded grayscale face resampled to 128x128 pixels, {@code v / (v + 100)}. Near
 *     0 for a blurred face, 0.5 at the variance usually taken as the boundary between blurred and sharp.
 */
public record DetectedFace(Boundary boundary, double confidence, double sharpness) {

  public DetectedFace {
    if (boundary == null) {
      throw new IllegalArgumentException("a detected face needs a boundary");
    }
    if (!(confidence >= 0 && confidence <= 1) || !(sharpness >= 0 && sharpness <= 1)) {
      throw new IllegalArgumentException(
          "confidence and sharpness must be in [0, 1], not " + confidence + " and " + sharpness);
    }
  }
}
