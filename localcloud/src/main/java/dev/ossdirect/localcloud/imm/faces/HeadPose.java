package dev.ossdirect.localcloud.imm.faces;

/**
 * How a head is turned, in degrees, as IMM's {@code HeadPose} gives it. Only the roll is measured here:
 * the angle of the line through the eyes, which the detector's landmarks give directly. Pitch and yaw
 * would need a model of the head's depth that the detector does not have, so they are not given at all
 * rather than guessed.
 *
 * @param roll the tilt of the head to one side, in (-180, 180]: the angle from the picture's horizontal
 *     to the line from the face's right eye to its left eye (the eye seen on the left of the picture to
 *     the one seen on its right, for a face looking at the camera), positive when that line runs down to
 *     the right, that is when the face is turned clockwise in the picture as it is displayed. IMM's
 *     documentation gives the range but not the direction; this is the direction the rows of a picture
 *     give, as in OpenCV.
 */
public record HeadPose(double roll) {

  public HeadPose {
    if (!(roll > -180 && roll <= 180)) {
      throw new IllegalArgumentException("a roll must be in (-180, 180] degrees, not " + roll);
    }
  }

  /** The pose whose roll is that of the line from {@code rightEye} to {@code leftEye} (the face's own). */
  static HeadPose fromEyes(FacePoint rightEye, FacePoint leftEye) {
    double degrees = Math.toDegrees(Math.atan2(leftEye.y() - rightEye.y(), leftEye.x() - rightEye.x()));
    return new HeadPose(degrees == -180 ? 180 : degrees);
  }
}
