package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontalFaceCascadeTest {

  private final FrontalFaceCascade cascade = FrontalFaceCascade.get();

  @Test
  void readsTheLastStageThresholdFromTheCascade() {
    assertEquals(-2.9928278923034668, cascade.finalStageThreshold(), 1e-12);
  }

  @Test
  void mapsTheFinalStageMarginMonotonicallyIntoTheUnitInterval() {
    double threshold = cascade.finalStageThreshold();
    assertEquals(0.0, cascade.confidence(threshold));
    assertEquals(0.0, cascade.confidence(threshold - 1));
    assertEquals(1 - Math.exp(-1), cascade.confidence(threshold + 4), 1e-12);
    double previous = 0;
    for (double margin = 0.5; margin <= 100; margin += 0.5) {
      double confidence = cascade.confidence(threshold + margin);
      assertTrue(confidence > previous && confidence <= 1, margin + " gives " + confidence);
      previous = confidence;
    }
  }

  @Test
  void givesEachThreadItsOwnClassifier() throws Exception {
    Object mine = cascade.classifierForCurrentThread();
    Object[] other = new Object[1];
    Thread thread = new Thread(() -> other[0] = cascade.classifierForCurrentThread());
    thread.start();
    thread.join();
    assertTrue(mine == cascade.classifierForCurrentThread());
    assertTrue(other[0] != null && other[0] != mine);
  }
}
