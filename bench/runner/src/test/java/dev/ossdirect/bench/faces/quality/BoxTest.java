package dev.ossdirect.bench.faces.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BoxTest {

  private static final double EPSILON = 1e-9;

  @Test
  void aBoxOverlapsItselfWhole() {
    Box box = new Box(10, 20, 30, 40);
    assertEquals(1.0, box.iou(box), EPSILON);
  }

  @Test
  void boxesThatOnlyTouchDoNotOverlap() {
    assertEquals(0.0, new Box(0, 0, 10, 10).iou(new Box(10, 0, 10, 10)), EPSILON);
    assertEquals(0.0, new Box(0, 0, 10, 10).iou(new Box(0, 10, 10, 10)), EPSILON);
    assertEquals(0.0, new Box(0, 0, 10, 10).iou(new Box(50, 50, 10, 10)), EPSILON);
  }

  @Test
  void overlapIsIntersectionOverUnion() {
    // 5 x 10 in common, 100 + 100 - 50 covered: 1/3, whichever box asks.
    Box left = new Box(0, 0, 10, 10);
    Box right = new Box(5, 0, 10, 10);
    assertEquals(1.0 / 3, left.iou(right), EPSILON);
    assertEquals(1.0 / 3, right.iou(left), EPSILON);
    // A box inside another: the smaller area over the larger.
    assertEquals(0.25, new Box(0, 0, 20, 20).iou(new Box(5, 5, 10, 10)), EPSILON);
  }

  @Test
  void aSquareTurned45DegreesIsEnclosedByASquareRootOfTwoLarger() {
    Box face = new Box(100, 100, 100, 100);
    AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(45), 150, 150);
    Box turned = face.transformed(turn);
    double side = 100 * Math.sqrt(2);
    assertEquals(side, turned.width(), 1e-6);
    assertEquals(side, turned.height(), 1e-6);
    assertEquals(150, turned.centre().getX(), 1e-6);
    assertEquals(150, turned.centre().getY(), 1e-6);
    // A face-sized box about the same centre overlaps that truth by exactly one half.
    assertEquals(0.5, face.iou(turned), 1e-9);
  }

  @Test
  void aSquareTurned30DegreesGrowsByCosPlusSin() {
    Box face = new Box(0, 0, 60, 60);
    Box turned = face.transformed(AffineTransform.getRotateInstance(Math.toRadians(30), 30, 30));
    double side = 60 * (Math.cos(Math.toRadians(30)) + Math.sin(Math.toRadians(30)));
    assertEquals(side, turned.width(), 1e-6);
    assertEquals(30 - side / 2, turned.left(), 1e-6);
  }

  @Test
  void aPictureTurnedClockwiseByAQuarterMovesItsBoxesWithIt() {
    // A 200 x 100 picture turned +90° lies on a 100 x 200 canvas; a pixel at (x, y) goes to (100 - y, x).
    Turn turn = Turn.of(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), 90);
    assertEquals(100, turn.width());
    assertEquals(200, turn.height());
    Box moved = new Box(10, 20, 30, 40).transformed(turn.transform());
    assertEquals(40, moved.left(), 1e-6);
    assertEquals(10, moved.top(), 1e-6);
    assertEquals(40, moved.width(), 1e-6);
    assertEquals(30, moved.height(), 1e-6);
  }

  @Test
  void mirroringMovesABoxToTheOtherSide() {
    AffineTransform mirror = AffineTransform.getTranslateInstance(512, 0);
    mirror.scale(-1, 1);
    Box mirrored = new Box(177, 67, 93, 93).transformed(mirror);
    assertEquals(512 - 177 - 93, mirrored.left(), EPSILON);
    assertEquals(67, mirrored.top(), EPSILON);
    assertEquals(93, mirrored.width(), EPSILON);
  }

  @Test
  void aBoxNeedsAnArea() {
    assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, 10, -1));
    assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, Double.NaN, 10));
  }
}
