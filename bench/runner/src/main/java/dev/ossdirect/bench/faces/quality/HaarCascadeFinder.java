package dev.ossdirect.bench.faces.quality;

import dev.ossdirect.localcloud.imm.faces.Boundary;
import dev.ossdirect.localcloud.imm.faces.FaceDetector;
import java.util.List;
import java.util.OptionalDouble;

/** The local IMM's OpenCV Haar frontal cascade ({@link FaceDetector}); it gives no head pose. */
public final class HaarCascadeFinder implements FaceFinder {

  private final FaceDetector detector = new FaceDetector();

  @Override
  public String name() {
    return "Haar cascade";
  }

  @Override
  public List<Detection> find(byte[] encodedPicture) throws Exception {
    return detector.detect(encodedPicture).stream()
        .map(face -> {
          Boundary b = face.boundary();
          return new Detection(new Box(b.left(), b.top(), b.width(), b.height()), OptionalDouble.empty());
        })
        .toList();
  }
}
