package dev.ossdirect.localcloud.imm.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the candidates that are one face: BlazeFace proposes a face from several neighbouring anchors,
 * and the detector finds a face again in overlapping windows and at neighbouring scales.
 *
 * <p>As MediaPipe's own post-processing (and the package the model comes from) does, candidates are taken
 * most confident first; each takes every remaining candidate that overlaps it by an intersection over
 * union of {@value #SAME_FACE_OVERLAP} or more, and the face is their average weighted by score (box and
 * key points), with the highest score among them. Averaging steadies the box and the eyes, which the
 * roll is read from. A candidate mostly inside a more confident one ({@value #INSIDE_FRACTION} of its
 * area) but overlapping it less is dropped without being averaged: a part of a face seen as a face at a
 * finer scale is no second face, and would only pull the box off.
 */
final class CandidateMerger {

  static final double SAME_FACE_OVERLAP = 0.3;
  static final double INSIDE_FRACTION = 0.7;

  private CandidateMerger() {}

  static List<FaceCandidate> merge(List<FaceCandidate> candidates) {
    List<FaceCandidate> remaining = new ArrayList<>(candidates);
    remaining.sort(Comparator.comparingDouble(FaceCandidate::score).reversed());
    List<FaceCandidate> faces = new ArrayList<>();
    while (!remaining.isEmpty()) {
      FaceCandidate best = remaining.remove(0);
      List<FaceCandidate> same = new ArrayList<>(List.of(best));
      remaining.removeIf(other -> {
        if (best.intersectionOverUnion(other) >= SAME_FACE_OVERLAP) {
          same.add(other);
          return true;
        }
        return best.intersectionOverSmaller(other) >= INSIDE_FRACTION;
      });
      faces.add(weightedMean(same, best.score()));
    }
    return faces;
  }

  private static FaceCandidate weightedMean(List<FaceCandidate> same, double score) {
    double total = 0;
    double centerX = 0;
    double centerY = 0;
    double width = 0;
    double height = 0;
    double[] points = new double[2 * FaceCandidate.KEY_POINTS];
    for (FaceCandidate candidate : same) {
      double weight = candidate.score();
      total += weight;
      centerX += weight * candidate.centerX();
      centerY += weight * candidate.centerY();
      width += weight * candidate.width();
      height += weight * candidate.height();
      for (int i = 0; i < points.length; i++) {
        points[i] += weight * candidate.keyPoint(i);
      }
    }
    for (int i = 0; i < points.length; i++) {
      points[i] /= total;
    }
    return new FaceCandidate(centerX / total, centerY / total, width / total, height / total, points, score);
  }
}
