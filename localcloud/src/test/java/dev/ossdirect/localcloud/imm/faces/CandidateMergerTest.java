package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateMergerTest {

  @Test
  void nothingMergesToNothing() {
    assertEquals(List.of(), CandidateMerger.merge(List.of()));
  }

  @Test
  void candidatesOverlappingByJustOverTheThresholdAreOneFaceAveragedByScore() {
    // Two 100x100 boxes 53 pixels apart across overlap by 47 x 100: IoU 4700 / 15300 = 0.307.
    FaceCandidate strong = candidate(100, 100, 100, 0.9, 10);
    FaceCandidate weak = candidate(153, 100, 100, 0.6, 40);
    List<FaceCandidate> merged = CandidateMerger.merge(List.of(weak, strong));
    assertEquals(1, merged.size());
    FaceCandidate face = merged.get(0);
    assertEquals(0.9, face.score());
    assertEquals((0.9 * 150 + 0.6 * 203) / 1.5, face.centerX(), 1e-9);
    assertEquals((0.9 * 10 + 0.6 * 40) / 1.5, face.keyPoint(0), 1e-9);
  }

  @Test
  void candidatesOverlappingByJustUnderTheThresholdAreTwoFaces() {
    // 100x100 boxes 54 pixels apart across: 46 x 100 overlap, IoU 4600 / 15400 = 0.299.
    List<FaceCandidate> merged =
        CandidateMerger.merge(List.of(candidate(100, 100, 100, 0.9, 0), candidate(154, 100, 100, 0.8, 0)));
    assertEquals(2, merged.size());
  }

  @Test
  void aSmallCandidateInsideAMoreConfidentFaceIsDroppedWithoutMovingIt() {
    FaceCandidate face = candidate(100, 100, 200, 0.9, 10);
    FaceCandidate part = candidate(120, 120, 60, 0.95, 99); // inside, IoU 0.09, but more confident
    FaceCandidate lessConfidentPart = candidate(200, 200, 60, 0.8, 99);
    List<FaceCandidate> merged = CandidateMerger.merge(List.of(face, lessConfidentPart));
    assertEquals(1, merged.size());
    assertEquals(200, merged.get(0).centerX(), 1e-9);
    assertEquals(10, merged.get(0).keyPoint(0), 1e-9);
    // The other way round, the small one is the more confident: it stays, and so does the large one,
    // which is not inside it.
    assertEquals(2, CandidateMerger.merge(List.of(face, part)).size());
  }

  private static FaceCandidate candidate(double left, double top, double side, double score, double keyX) {
    double[] keyPoints = new double[12];
    keyPoints[0] = keyX;
    return new FaceCandidate(left + side / 2, top + side / 2, side, side, keyPoints, score);
  }
}
