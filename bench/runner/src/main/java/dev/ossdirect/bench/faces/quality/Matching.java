package dev.ossdirect.bench.faces.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs a picture's detections with its true faces, one to one, and scores them.
 *
 * <p>Every pair whose intersection over union reaches the threshold is a candidate; candidates are taken
 * from the highest overlap down, each skipped if its face or its detection is already taken. So one
 * detection counts for one face at most (a box spanning two faces finds one of them), and a second
 * detection of the same face is a false detection. Greedy matching is what the PASCAL VOC and COCO
 * evaluations do (they go by detection confidence, which the detectors here do not report alike).
 */
public final class Matching {

  /**
   * The overlap at which a detection counts as finding a face. Lower than the usual 0.5 because the
   * truth of a turned face is the box enclosing its turned square ({@link Box#transformed}), while a
   * detector may report a box of the face's own size around the same centre: at 45° those two overlap
   * by exactly 1 / (cos 45° + sin 45°)² = 0.5, and the fixtures' own boxes are known to 15 pixels only.
   * At 0.4 either convention counts; a box shifted by a third of the face or more does not.
   */
  public static final double IOU_THRESHOLD = 0.4;

  private Matching() {}

  /** The score of {@code detections} against {@code truths} in one picture. */
  public static Score score(List<TrueFace> truths, List<Detection> detections) {
    record Candidate(int truth, int detection, double iou) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int t = 0; t < truths.size(); t++) {
      for (int d = 0; d < detections.size(); d++) {
        double iou = truths.get(t).box().iou(detections.get(d).box());
        if (iou >= IOU_THRESHOLD) {
          candidates.add(new Candidate(t, d, iou));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::iou).reversed());
    boolean[] truthTaken = new boolean[truths.size()];
    boolean[] detectionTaken = new boolean[detections.size()];
    int matched = 0;
    double iouSum = 0;
    List<Double> rollErrors = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (truthTaken[candidate.truth()] || detectionTaken[candidate.detection()]) {
        continue;
      }
      truthTaken[candidate.truth()] = true;
      detectionTaken[candidate.detection()] = true;
      matched++;
      iouSum += candidate.iou();
      TrueFace truth = truths.get(candidate.truth());
      Detection detection = detections.get(candidate.detection());
      if (truth.roll().isPresent() && detection.roll().isPresent()) {
        rollErrors.add(Roll.error(detection.roll().getAsDouble(), truth.roll().getAsDouble()));
      }
    }
    return new Score(truths.size(), detections.size(), matched, iouSum, rollErrors);
  }
}
