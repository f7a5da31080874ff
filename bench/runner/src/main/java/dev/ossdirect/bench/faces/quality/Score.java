package dev.ossdirect.bench.faces.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How a detector did on some pictures: counts that add up across pictures and groups, and the figures
 * the report gives of them.
 *
 * @param truths faces the pictures hold
 * @param detections faces the detector reported
 * @param matched detections matched to a true face (each to a different one)
 * @param iouSum the sum of the matched pairs' intersection over union
 * @param rollErrors for each matched pair where both the truth and the detection have a roll, how far
 *     apart they are, in degrees
 */
public record Score(int truths, int detections, int matched, double iouSum, List<Double> rollErrors) {

  public static final Score NONE = new Score(0, 0, 0, 0, List.of());

  public Score {
    if (matched > truths || matched > detections || matched < 0) {
      throw new IllegalArgumentException(
          matched + " matches for " + truths + " faces and " + detections + " detections");
    }
    rollErrors = List.copyOf(rollErrors);
  }

  /** Both scores together. */
  public Score plus(Score other) {
    List<Double> errors = new ArrayList<>(rollErrors);
    errors.addAll(other.rollErrors);
    return new Score(truths + other.truths, detections + other.detections, matched + other.matched,
        iouSum + other.iouSum, errors);
  }

  /** True faces the detector missed. */
  public int missed() {
    return truths - matched;
  }

  /** Detections that matched no true face. */
  public int falseDetections() {
    return detections - matched;
  }

  /** The share of true faces found; empty where there were none to find. */
  public OptionalDouble recall() {
    return truths == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / truths);
  }

  /** The share of detections that were true faces; empty where the detector reported nothing. */
  public OptionalDouble precision() {
    return detections == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / detections);
  }

  /** The mean intersection over union of the matched pairs; empty without any. */
  public OptionalDouble meanIou() {
    return matched == 0 ? OptionalDouble.empty() : OptionalDouble.of(iouSum / matched);
  }

  /** The mean roll error, in degrees; empty without any pair that has both rolls. */
  public OptionalDouble meanRollError() {
    return rollErrors.stream().mapToDouble(Double::doubleValue).average();
  }

  /** The largest roll error, in degrees; empty without any pair that has both rolls. */
  public OptionalDouble maxRollError() {
    return rollErrors.stream().mapToDouble(Double::doubleValue).max();
  }
}
