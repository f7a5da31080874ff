package dev.ossdirect.bench.faces.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs a picture's detections with its true faces, one to one, and scores them.
 *
 * <p>Every pair whose intersection over union ({@link TrueFace#iou}) reaches the threshold is a
 * candidate; candidates are taken from the highest overlap down, each skipped if its face or its
 * detection is already taken. So one
 * detection counts for one face at most (a box spanning two faces finds one of them), and a second
 * detection of the same face is a false detection. Greedy matching is what the PASCAL VOC and COCO
 * evaluations do (they go by detection confidence, which the detectors here do not report alike).
 */
public final class Matching {

  /**
   * The overlap at which a detection counts as finding a face. Lower than the usual 0.5 because
   * detectors draw a face's box differently, and the truth is one of those ways: the fixtures' boxes take
   * in the forehead, as a Haar cascade's do, while BlazeFace's box runs from the eyebrows to the chin, 0.85
   * times as wide and lower, which overlaps the fixture's by 0.69 on the untouched portraits and by about
   * 0.5 once the face is turned by 45° (against a box of the face's own size, {@link TrueFace}). The
   * fixtures' boxes are besides known to 15 pixels only. At 0.4 both conventions count; a box of the
   * right size shifted by more than a quarter of the face's width in both directions does not.
   */
  public static final double IOU_THRESHOLD = 0.4;

  private Matching() {}

  /** The score of {@code detections} against {@code truths} in one picture. */
  public static Score score(List<TrueFace> truths, List<Detection> detections) {
    record Candidate(int truth, int detection, double iou) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int t = 0; t < truths.size(); t++) {
      for (int d = 0; d < detections.size(); d++) {
        double iou = truths.get(t).iou(detections.get(d).box());
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
