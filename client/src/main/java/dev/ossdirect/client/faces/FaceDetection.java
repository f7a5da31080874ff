package dev.ossdirect.client.faces;

import dev.ossdirect.client.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** IMM's answer to DetectImageFaces: the faces found, numbered from 1 in IMM's order. */
public final class FaceDetection {

  private final String requestId;
  private final List<DetectedFace> faces;
  private final String json;

  private FaceDetection(String requestId, List<DetectedFace> faces, String json) {
    this.requestId = requestId;
    this.faces = Collections.unmodifiableList(faces);
    this.json = json;
  }

  /**
   * Reads IMM's JSON answer {@code {RequestId, Faces: [...]}}. Throws {@link IllegalArgumentException}
   * when it is not JSON.
   */
  public static FaceDetection parse(String body) {
    JsonObject json = JsonObject.parse(body);
    List<DetectedFace> faces = new ArrayList<>();
    for (JsonObject face : json.objects("Faces")) {
      FaceBoundary boundary = FaceBoundary.from(face.object("Boundary"));
      faces.add(new DetectedFace(faces.size() + 1, boundary, FaceAttributes.of(face, boundary)));
    }
    return new FaceDetection(json.string("RequestId"), faces, body);
  }

  public String requestId() {
    return requestId;
  }

  public List<DetectedFace> faces() {
    return faces;
  }

  /** IMM's answer as it came, for the page's raw view. */
  public String json() {
    return json;
  }
}
