package dev.ossdirect.bench.faces.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void recallAndPrecisionAddUpOverPicturesByCountsNotByAverages() {
    // Picture 1: 6 faces, 5 detections, 4 of them right. Picture 2: 1 face, 3 detections, 1 right.
    // Picture 3: nobody, 1 detection. Together: 7 faces, 9 detections, 5 right.
    Score first = new Score(6, 5, 4, 3.2, List.of(2.0));
    Score second = new Score(1, 3, 1, 0.5, List.of());
    Score third = new Score(0, 1, 0, 0, List.of());
    Score total = Score.NONE.plus(first).plus(second).plus(third);
    assertEquals(7, total.truths());
    assertEquals(9, total.detections());
    assertEquals(5, total.matched());
    assertEquals(2, total.missed());
    assertEquals(4, total.falseDetections());
    assertEquals(5.0 / 7, total.recall().getAsDouble(), 1e-12);
    assertEquals(5.0 / 9, total.precision().getAsDouble(), 1e-12);
    assertEquals(3.7 / 5, total.meanIou().getAsDouble(), 1e-12);
    assertEquals(2.0, total.maxRollError().getAsDouble(), 0);
  }

  @Test
  void rollErrorsAreAveragedOverThePairsThatHaveOne() {
    Score score = new Score(3, 3, 3, 2.7, List.of(4.0, 10.0)).plus(new Score(1, 1, 1, 0.9, List.of(1.0)));
    assertEquals(5.0, score.meanRollError().getAsDouble(), 1e-12);
    assertEquals(10.0, score.maxRollError().getAsDouble(), 0);
  }

  @Test
  void moreMatchesThanFacesOrDetectionsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Score(1, 2, 2, 1.5, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Score(2, 1, 2, 1.5, List.of()));
  }
}
