package dev.ossdirect.localcloud.imm.faces;

import java.util.Comparator;
import java.util.Optional;

/**
 * One face found in an image, with only what the detector really measures: nothing of age, expression
 * or anything else no detector here measures.
 *
 * @param boundary where the face is, in the picture's own pixels as it is displayed (after any EXIF
 *     orientation), whatever resolution it was decoded and searched at
 * @param confidence how sure the detector is that this is a face, in [0, 1]; each detector says how it
 *     is computed ({@link BlazeFaceDetector}: the model's probability; {@link HaarFaceDetector}: a
 *     monotone mapping of the cascade's last-stage margin, not a probability)
 * @param sharpness how much fine detail the face holds, in [0, 1] (see {@link Sharpness})
 * @param landmarks the face's key points, where the detector places them
 * @param headPose how the head is turned, where the detector measures it
 */
public record DetectedFace(Boundary boundary, double confidence, double sharpness,
    Optional<FaceLandmarks> landmarks, Optional<HeadPose> headPose) {

  /** The order detectors give faces in: most confident first, then top to bottom, left to right. */
  static final Comparator<DetectedFace> MOST_CONFIDENT_FIRST =
      Comparator.comparingDouble(DetectedFace::confidence).reversed()
          .thenComparingInt(face -> face.boundary().top())
          .thenComparingInt(face -> face.boundary().left());

  public DetectedFace {
    if (boundary == null || landmarks == null || headPose == null) {
      throw new IllegalArgumentException("a detected face needs a boundary, and optional landmarks and pose");
    }
    if (!(confidence >= 0 && confidence <= 1) || !(sharpness >= 0 && sharpness <= 1)) {
      throw new IllegalArgumentException(
          "confidence and sharpness must be in [0, 1], not " + confidence + " and " + sharpness);
    }
  }

  /** A face of which only the place, the confidence and the sharpness are known. */
  public DetectedFace(Boundary boundary, double confidence, double sharpness) {
    this(boundary, confidence, sharpness, Optional.empty(), Optional.empty());
  }
}
