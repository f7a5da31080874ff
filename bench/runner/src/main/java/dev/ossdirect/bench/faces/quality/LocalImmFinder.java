package dev.ossdirect.bench.faces.quality;

import dev.ossdirect.localcloud.imm.faces.BlazeFaceDetector;
import dev.ossdirect.localcloud.imm.faces.Boundary;
import dev.ossdirect.localcloud.imm.faces.DetectedFace;
import dev.ossdirect.localcloud.imm.faces.FaceDetector;
import dev.ossdirect.localcloud.imm.faces.HaarFaceDetector;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One of the local IMM's detectors ({@link FaceDetector}), decoding the picture at the resolution it
 * asks for, as DetectImageFaces does; its {@code HeadPose.Roll}, where it gives one, is the roll of the
 * detection (the same sign as {@link Roll}'s).
 */
public final class LocalImmFinder implements FaceFinder {

  private final String name;
  private final FaceDetector detector;

  public LocalImmFinder(String name, FaceDetector detector) {
    this.name = name;
    this.detector = detector;
  }

  /** Every detector the local IMM has: the one it uses first, then the one it used before. */
  public static List<FaceFinder> all() {
    return List.of(
        new LocalImmFinder("BlazeFace", BlazeFaceDetector.shared()),
        new LocalImmFinder("Haar cascade", new HaarFaceDetector()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Detection> find(byte[] encodedPicture) throws Exception {
    return detector.detect(encodedPicture).stream().map(LocalImmFinder::detection).toList();
  }

  private static Detection detection(DetectedFace face) {
    Boundary b = face.boundary();
    OptionalDouble roll = face.headPose().map(pose -> OptionalDouble.of(pose.roll())).orElse(OptionalDouble.empty());
    return new Detection(new Box(b.left(), b.top(), b.width(), b.height()), roll);
  }
}
