package dev.ossdirect.localcloud.imm.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchWindowTest {

  /** The largest face, as a fraction of a window's side, the model finds: 160 of its 256 pixels. */
  private static final double LARGEST_FACE = 160.0 / BlazeFaceModel.SIZE;

  @ParameterizedTest(name = "{0}x{1}, faces from {2} pixels")
  @CsvSource({"512, 600, 34", "600, 400, 34", "2000, 1500, 34", "2400, 1600, 34", "3000, 2000, 34",
      "1, 1, 34", "256, 256, 34", "257, 100, 34"})
  void everyFaceFromTheSmallestToTheWholePictureLiesWholeInAWindowThatSeesItAtASizeTheModelFinds(
      int width, int height, int smallestFace) {
    assertEveryFaceSeen(width, height, smallestFace, SearchWindow.SMALLEST_FACE);
  }

  @ParameterizedTest(name = "{0}x{1}, faces from {2} pixels")
  @CsvSource({"512, 600, 35", "1024, 683, 35", "2048, 1366, 35"})
  void upToTwoThousandPixelsEveryFaceIsSeenAtTheAimedSize(int width, int height, int smallestFace) {
    // The window bound affords tiles that see the smallest face at 28 of the model's pixels, not only
    // 20; faces of 35 pixels make the finest tiles 320 pixels, which no rounding to whole pixels shrinks.
    assertEveryFaceSeen(width, height, smallestFace, SearchWindow.AIMED_FACE);
  }

  private static void assertEveryFaceSeen(int width, int height, int smallestFace, double smallestSeen) {
    List<SearchWindow> windows = SearchWindow.covering(width, height, smallestFace);
    assertTrue(windows.size() <= SearchWindow.MAX_WINDOWS, windows.size() + " windows");
    int shorter = Math.min(width, height);
    for (int face = smallestFace; face <= shorter; face = Math.max(face + 1, (int) (face * 1.15))) {
      int step = Math.max(1, face / 3);
      for (int top = 0; top + face <= height; top += step) {
        for (int left = 0; left + face <= width; left += step) {
          assertTrue(seenByAWindow(windows, left, top, face, smallestSeen),
              "a face of " + face + " at " + left + "," + top + " in " + width + "x" + height);
        }
      }
    }
  }

  private static boolean seenByAWindow(
      List<SearchWindow> windows, int left, int top, int face, double smallestSeen) {
    for (SearchWindow window : windows) {
      double size = (double) face / window.side();
      boolean inside = left >= window.left() && top >= window.top()
          && left + face <= window.left() + window.side() && top + face <= window.top() + window.side();
      if (inside && size >= smallestSeen && size <= LARGEST_FACE) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aPictureTheModelSeesWholeNeedsNoTiles() {
    // 310.9 = 34 / (28 / 256): the whole picture already sees faces of 34 pixels at the aimed size.
    List<SearchWindow> windows = SearchWindow.covering(310, 300, 34);
    assertEquals(2, windows.size());
    assertTrue(windows.stream().noneMatch(SearchWindow::tiled));
    assertTrue(SearchWindow.covering(311, 300, 34).stream().anyMatch(SearchWindow::tiled), "one pixel more");
  }

  @Test
  void aPictureThatWouldNeedMoreWindowsGetsLargerTilesUpToTheBound() {
    List<SearchWindow> unbounded = SearchWindow.covering(3162, 3162, 17);
    assertTrue(unbounded.size() <= SearchWindow.MAX_WINDOWS, unbounded.size() + " windows");
    int finest = unbounded.stream().mapToInt(SearchWindow::side).min().orElseThrow();
    assertTrue(finest > 17 / SearchWindow.SMALLEST_FACE, "finest tiles of " + finest);
  }

  @Test
  void aTileDropsOnlyCandidatesCutByAnEdgeInsideThePicture() {
    SearchWindow inner = new SearchWindow(100, 100, 200, true);
    assertTrue(inner.cuts(candidate(95, 150, 30), 1000, 1000), "crosses the left edge");
    assertTrue(inner.cuts(candidate(150, 290, 30), 1000, 1000), "crosses the bottom edge");
    assertFalse(inner.cuts(candidate(100, 100, 200), 1000, 1000), "touches the edges from inside");
    SearchWindow corner = new SearchWindow(0, 0, 200, true);
    assertFalse(corner.cuts(candidate(-5, -5, 30), 200, 200), "the picture's own edges cut nothing");
    SearchWindow whole = new SearchWindow(100, 100, 200, false);
    assertFalse(whole.cuts(candidate(95, 150, 30), 1000, 1000), "a window that is no tile keeps all");
  }

  private static FaceCandidate candidate(double left, double top, double side) {
    return new FaceCandidate(left + side / 2, top + side / 2, side, side, new double[12], 0.9);
  }
}
