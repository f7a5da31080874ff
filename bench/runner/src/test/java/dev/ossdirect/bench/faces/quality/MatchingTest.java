package dev.ossdirect.bench.faces.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MatchingTest {

  private static final Box FACE = new Box(0, 0, 10, 10);

  @Test
  void anOverlapOfExactlyTheThresholdCounts() {
    // 10 x 4 inside 10 x 10: 40 / 100.
    Score score = Matching.score(List.of(TrueFace.at(FACE)), List.of(found(new Box(0, 0, 10, 4))));
    assertEquals(1, score.matched());
    assertEquals(0.4, score.meanIou().getAsDouble(), 1e-12);
  }

  @Test
  void anOverlapJustBelowTheThresholdIsAMissAndAFalseDetection() {
    Score score = Matching.score(List.of(TrueFace.at(FACE)), List.of(found(new Box(0, 0, 10, 3.99))));
    assertEquals(0, score.matched());
    assertEquals(1, score.missed());
    assertEquals(1, score.falseDetections());
  }

  @Test
  void oneDetectionFindsOneFaceOnly() {
    // Two faces side by side and one box over both: it overlaps each by 100 / 200 = 0.5.
    List<TrueFace> faces = List.of(TrueFace.at(new Box(0, 0, 10, 10)), TrueFace.at(new Box(10, 0, 10, 10)));
    Score score = Matching.score(faces, List.of(found(new Box(0, 0, 20, 10))));
    assertEquals(1, score.matched());
    assertEquals(1, score.missed());
    assertEquals(0, score.falseDetections());
  }

  @Test
  void aSecondDetectionOfTheSameFaceIsFalse() {
    Score score = Matching.score(List.of(TrueFace.at(FACE)),
        List.of(found(new Box(0, 0, 10, 9)), found(new Box(0, 0, 10, 10))));
    assertEquals(1, score.matched());
    assertEquals(1, score.falseDetections());
    assertEquals(1.0, score.meanIou().getAsDouble(), 1e-12); // the better of the two is the match
  }

  @Test
  void theLargestOverlapsArePairedFirst() {
    // Boxes 10 high, along x: face 1 [0, 10], face 2 [6.5, 16.5]; detection X [3, 13] overlaps face 1 by
    // 7/13 and face 2 by 6.5/13.5, detection Y [0, 9] overlaps face 1 by 0.9 only. Taking the detections
    // in order, X would take face 1 and Y find nothing; taking the largest overlap first, Y takes face 1
    // and X face 2.
    TrueFace one = TrueFace.at(new Box(0, 0, 10, 10));
    TrueFace two = TrueFace.at(new Box(6.5, 0, 10, 10));
    Detection x = found(new Box(3, 0, 10, 10));
    Detection y = found(new Box(0, 0, 9, 10));
    Score score = Matching.score(List.of(one, two), List.of(x, y));
    assertEquals(2, score.matched());
    assertEquals(0.9 + 6.5 / 13.5, score.iouSum(), 1e-12);
  }

  @Test
  void aPictureWithNobodyMakesEveryDetectionFalse() {
    Score score = Matching.score(List.of(), List.of(found(FACE), found(new Box(50, 50, 10, 10))));
    assertEquals(0, score.truths());
    assertEquals(2, score.falseDetections());
    assertEquals(OptionalDouble.empty(), score.recall());
    assertEquals(0.0, score.precision().getAsDouble(), 0);
  }

  @Test
  void nothingFoundInAPictureWithNobodyHasNoRecallNorPrecision() {
    Score score = Matching.score(List.of(), List.of());
    assertEquals(OptionalDouble.empty(), score.recall());
    assertEquals(OptionalDouble.empty(), score.precision());
    assertEquals(OptionalDouble.empty(), score.meanIou());
  }

  @Test
  void rollErrorsCountOnlyPairsThatBothHaveARoll() {
    TrueFace turned = new TrueFace(FACE, Optional.empty(), OptionalDouble.of(-30));
    Score withRoll = Matching.score(List.of(turned), List.of(new Detection(FACE, OptionalDouble.of(-24))));
    assertEquals(List.of(6.0), withRoll.rollErrors());
    Score withoutRoll = Matching.score(List.of(turned), List.of(found(FACE)));
    assertEquals(List.of(), withoutRoll.rollErrors());
    assertEquals(OptionalDouble.empty(), withoutRoll.meanRollError());
  }

  @Test
  void aRollOfTheWrongSignIsFarOff() {
    assertEquals(60.0, Roll.error(30, -30), 1e-12);
    assertEquals(20.0, Roll.error(170, -170), 1e-12); // across ±180°
    assertEquals(0.0, Roll.error(-45, -45), 0);
  }

  private static Detection found(Box box) {
    return new Detection(box, OptionalDouble.empty());
  }
}
