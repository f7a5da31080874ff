package dev.ossdirect.client.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaceDetectionTest {

  /** What the real IMM answered for a picture in Alibaba's direct-upload tutorial. */
  private static final String REAL_IMM = "{\"RequestId\":\"63661E75-3A41-5FBF-B023-867DA6A6AA81\",\"Faces\":[{"
      + "\"Beard\":\"none\",\"MaskConfidence\":0.764,\"Gender\":\"female\","
      + "\"Boundary\":{\"Left\":182,\"Top\":175,\"Height\":381,\"Width\":304},\"BeardConfidence\":0.987,"
      + "\"FigureId\":\"047d8d12-c3b6-4e22-9b9a-b91facc650fb\",\"Mouth\":\"open\",\"Emotion\":\"happiness\","
      + "\"Age\":45,\"MouthConfidence\":0.999,\"FigureType\":\"face\",\"GenderConfidence\":1,"
      + "\"HeadPose\":{\"Pitch\":-16.206,\"Roll\":-5.124,\"Yaw\":3.421},\"Mask\":\"none\","
      + "\"EmotionConfidence\":0.984,\"HatConfidence\":1,\"GlassesConfidence\":0.976,\"Sharpness\":1,"
      + "\"FigureClusterId\":\"figure-cluster-id-unavailable\",\"FaceQuality\":0.942,\"Attractive\":0.044,"
      + "\"AgeSD\":7,\"Glasses\":\"glasses\",\"FigureConfidence\":1,\"Hat\":\"none\"}]}";

  /** What the local cloud answers: only what its detector knows. */
  private static final String LOCAL = "{\"RequestId\":\"L-1\",\"Faces\":[{\"FigureId\":\"f-1\",\"FigureType\":\"face\","
      + "\"FigureConfidence\":0.91,\"Sharpness\":0.5,\"Boundary\":{\"Left\":177,\"Top\":67,\"Width\":93,\"Height\":93}},"
      + "{\"FigureId\":\"f-2\",\"FigureType\":\"face\",\"FigureConfidence\":0.55,\"Sharpness\":0.25,"
      + "\"Boundary\":{\"Left\":10,\"Top\":20,\"Width\":30,\"Height\":40}}]}";

  private static List<String> rows(DetectedFace face) {
    return face.attributes().stream().map(FaceAttribute::toString).collect(Collectors.toList());
  }

  @Test
  void showsEveryAttributeOfTheRealImmInAReadableOrder() {
    FaceDetection detection = FaceDetection.parse(REAL_IMM);
    assertEquals("63661E75-3A41-5FBF-B023-867DA6A6AA81", detection.requestId());
    DetectedFace face = detection.faces().get(0);
    assertEquals(1, face.number());
    assertEquals(182, face.boundary().left());
    assertEquals(381, face.boundary().height());
    assertEquals(List.of(
        "Type: face (100%)",
        "Box: 304 \u00d7 381 px at (182, 175)",
        "Age: 45 \u00b1 7",
        "Gender: female (100%)",
        "Emotion: happiness (98.4%)",
        "Mouth: open (99.9%)",
        "Beard: none (98.7%)",
        "Hat: none (100%)",
        "Mask: none (76.4%)",
        "Glasses: glasses (97.6%)",
        "Head pose: pitch \u221216.2\u00b0, roll \u22125.1\u00b0, yaw 3.4\u00b0",
        "Face quality: 0.94",
        "Sharpness: 1",
        "Attractiveness: 0.04",
        "Figure ID: 047d8d12-c3b6-4e22-9b9a-b91facc650fb",
        "Figure cluster ID: figure-cluster-id-unavailable"), rows(face));
  }

  @Test
  void showsOnlyWhatTheLocalCloudSays() {
    FaceDetection detection = FaceDetection.parse(LOCAL);
    assertEquals(2, detection.faces().size());
    assertEquals(List.of("Type: face (91%)", "Box: 93 \u00d7 93 px at (177, 67)", "Sharpness: 0.5", "Figure ID: f-1"),
        rows(detection.faces().get(0)));
    assertEquals(2, detection.faces().get(1).number());
    assertEquals(LOCAL, detection.json());
  }

  @Test
  void noFacesIsAnEmptyList() {
    assertTrue(FaceDetection.parse("{\"RequestId\":\"x\",\"Faces\":[]}").faces().isEmpty());
    assertTrue(FaceDetection.parse("{\"RequestId\":\"x\"}").faces().isEmpty());
  }

  @Test
  void attributesItDoesNotKnowAreShownUnderTheirOwnName() {
    FaceDetection detection = FaceDetection.parse("{\"Faces\":[{\"Boundary\":{\"Left\":1,\"Top\":2},"
        + "\"Smile\":true,\"Landmarks\":[1.5,2],\"HeadPose\":{\"Yaw\":1,\"Tilt\":2},\"GenderConfidence\":0.5}]}");
    DetectedFace face = detection.faces().get(0);
    assertNull(face.boundary());
    assertEquals(List.of("Box: Left 1, Top 2", "Head pose: yaw 1\u00b0, Tilt 2", "Smile: yes", "Landmarks: 1.5, 2",
        "GenderConfidence: 0.5"), rows(face));
  }
}
