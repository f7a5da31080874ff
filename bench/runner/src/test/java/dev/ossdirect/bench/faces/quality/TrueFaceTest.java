package dev.ossdirect.bench.faces.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrueFaceTest {

  private static final Box UPRIGHT = new Box(100, 100, 100, 100);
  private static final AffineTransform TURN_45 = AffineTransform.getRotateInstance(Math.toRadians(45), 150, 150);

  @Test
  void aTurnedFaceHasTheEnclosingBoxAndOneOfItsOwnSizeAboutTheSameCentre() {
    TrueFace face = TrueFace.turned(UPRIGHT, TURN_45, 45);
    assertEquals(100 * Math.sqrt(2), face.box().width(), 1e-6);
    Box own = face.ownSize().orElseThrow();
    assertEquals(100, own.width(), 1e-9);
    assertEquals(100, own.left(), 1e-6);
    assertEquals(100, own.top(), 1e-6);
    assertEquals(OptionalDouble.of(45), face.roll());
  }

  @Test
  void aDetectionIsScoredAgainstTheTrueBoxItOverlapsMore() {
    TrueFace face = TrueFace.turned(UPRIGHT, TURN_45, 45);
    // A tight box, 0.85 of the face's side, about the face's centre: 0.36 of the enclosing box, 0.72 of its own.
    Box tight = new Box(107.5, 107.5, 85, 85);
    assertEquals(0.85 * 0.85 / 2, face.box().iou(tight), 1e-6);
    assertEquals(0.85 * 0.85, face.iou(tight), 1e-6);
    // The enclosing box itself still matches whole.
    assertEquals(1.0, face.iou(face.box()), 1e-9);
  }

  @Test
  void aTightBoxOfATurnedFaceIsFoundNotCountedTwice() {
    TrueFace face = TrueFace.turned(UPRIGHT, TURN_45, 45);
    Score score = Matching.score(List.of(face),
        List.of(new Detection(new Box(107.5, 107.5, 85, 85), OptionalDouble.of(41))));
    assertEquals(1, score.matched());
    assertEquals(0, score.falseDetections());
    assertEquals(List.of(4.0), score.rollErrors());
  }

  @Test
  void anUprightFaceHasOneBoxOnly() {
    TrueFace face = TrueFace.at(UPRIGHT);
    assertTrue(face.ownSize().isEmpty());
    assertEquals(UPRIGHT.iou(new Box(120, 100, 100, 100)), face.iou(new Box(120, 100, 100, 100)), 0);
  }
}
