package dev.ossdirect.localcloud.imm.faces;

import java.util.ArrayList;
import java.util.List;

/**
 * A square part of a decoded picture that the model searches at its input size, in the decoded
 * picture's pixels. A window may reach past the picture's edges (the model then sees mid-grey there).
 *
 * @param tiled whether the window is one tile of a level that covers the picture with several: a face
 *     cut by a tile's edge inside the picture is seen whole by the next tile or at a coarser level, so a
 *     tile's candidates that cross such an edge are dropped
 */
record SearchWindow(int left, int top, int side, boolean tiled) {

  /**
   * The smallest face, as a fraction of a window's side, the model finds reliably: 20 of its 256 input
   * pixels (both test portraits were found at 20 pixels, scores 0.77 and 0.81, and neither at 18 to 16).
   */
  static final double SMALLEST_FACE = 20.0 / BlazeFaceModel.SIZE;

  /**
   * The size, as a fraction of a window's side, at which the finest tiles see the smallest face where
   * the {@value #MAX_WINDOWS} windows afford it: 28 of the model's 256 input pixels. At
   * {@link #SMALLEST_FACE} a face on a busy background is missed now and then: a 40-pixel face of Grace
   * Hopper on a 1,024-pixel scene scored 0.71 to 0.77 in windows that showed it at 18 to 24 pixels, and
   * 0.82 to 0.90 at 26 and more. Aiming at 26, a scene with nobody in it gave a false face; at 28, none
   * did. A picture whose finest tiles would need more windows gets them grown, first to the size that
   * sees the smallest face at {@link #SMALLEST_FACE}, then beyond.
   */
  static final double AIMED_FACE = 28.0 / BlazeFaceModel.SIZE;

  /**
   * How far neighbouring tiles overlap, as a fraction of their side: a face up to this size lies whole
   * in some tile. Larger faces are found at the next coarser level, whose smallest face is at most
   * {@value #LEVEL_RATIO} times this level's, 0.23 of this level's side, below this overlap.
   */
  static final double TILE_OVERLAP = 64.0 / BlazeFaceModel.SIZE;

  /** The largest ratio between the sides of the windows of two neighbouring levels. */
  static final double LEVEL_RATIO = 3.0;

  /**
   * The most windows searched in one picture: the model takes about 7 ms a window on one core (9 ms
   * where its first stage is not widened, see {@link ChannelWidening}), so a picture costs at most
   * about 0.45 s of one core's time (0.6 s), whatever its size. A picture that would need
   * more gets larger tiles at its finest level, and its smallest faces are missed (see
   * {@link BlazeFaceDetector}).
   */
  static final int MAX_WINDOWS = 64;

  /** How much larger the finest tiles grow at each try to fit within {@link #MAX_WINDOWS}. */
  private static final double GROWTH = 1.05;

  /**
   * How much larger than the picture's longer side the padded window is: the model finds faces of up to
   * about 160 of its 256 pixels, so a face filling the picture's shorter side needs the picture shrunk
   * to 0.625 of the window's side or less.
   */
  static final double PADDED_WINDOW = 1.6;

  /**
   * The windows that find faces of {@code smallestFace} pixels and up in a decoded picture of
   * {@code width} x {@code height} pixels, coarsest first:
   *
   * <ol>
   *   <li>the whole picture, with room around it, for faces of 0.125 of its longer side and up;
   *   <li>the whole picture, for faces of 0.078 to 0.63 of its longer side;
   *   <li>as few levels of tiles as keep the ratio of the sides of neighbouring levels at most
   *       {@value #LEVEL_RATIO}, the finest of tiles that see a face of {@code smallestFace} at
   *       {@link #AIMED_FACE} of their side (but never tiles smaller than the model's input, which would
   *       only enlarge the picture, and tiles only as small as keep the count of windows at most
   *       {@value #MAX_WINDOWS}).
   * </ol>
   */
  static List<SearchWindow> covering(int width, int height, double smallestFace) {
    double reliable = Math.max(BlazeFaceModel.SIZE, smallestFace / SMALLEST_FACE);
    double finest = Math.max(BlazeFaceModel.SIZE, smallestFace / AIMED_FACE);
    List<SearchWindow> windows = withFinestTiles(width, height, finest);
    while (windows.size() > MAX_WINDOWS) {
      // Growing from the aimed size, the tiles stop once at the reliable one: a picture that the
      // bound allows tiles of that size keeps them, and larger pictures grow as if aiming no higher.
      finest = finest < reliable ? Math.min(reliable, finest * GROWTH) : finest * GROWTH;
      windows = withFinestTiles(width, height, finest);
    }
    return windows;
  }

  /** The windows described at {@link #covering}, with tiles of {@code finest} pixels at the finest level. */
  private static List<SearchWindow> withFinestTiles(int width, int height, double finest) {
    int longer = Math.max(width, height);
    List<SearchWindow> windows = new ArrayList<>();
    windows.add(centred(width, height, (int) Math.ceil(PADDED_WINDOW * longer)));
    windows.add(centred(width, height, longer));
    if (finest >= longer) {
      return windows;
    }
    int levels = (int) Math.ceil(Math.log(longer / finest) / Math.log(LEVEL_RATIO));
    double ratio = Math.pow(longer / finest, 1.0 / levels);
    for (int level = 1; level <= levels; level++) {
      int side = (int) Math.round(longer / Math.pow(ratio, level));
      List<Integer> lefts = offsets(width, side);
      for (int top : offsets(height, side)) {
        for (int left : lefts) {
          windows.add(new SearchWindow(left, top, side, true));
        }
      }
    }
    return windows;
  }

  private static SearchWindow centred(int width, int height, int side) {
    return new SearchWindow((width - side) / 2, (height - side) / 2, side, false);
  }

  /** Where tiles of {@code side} start along a length of {@code length}: evenly spread, overlapping. */
  private static List<Integer> offsets(int length, int side) {
    if (side >= length) {
      return List.of((length - side) / 2);
    }
    double stride = side * (1 - TILE_OVERLAP);
    int count = (int) Math.ceil((length - side) / stride) + 1;
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      offsets.add((int) Math.round((double) i * (length - side) / (count - 1)));
    }
    return offsets;
  }

  /** Whether {@code candidate}, in decoded pixels, crosses an edge of this tile inside the picture. */
  boolean cuts(FaceCandidate candidate, int width, int height) {
    if (!tiled) {
      return false;
    }
    int right = left + side;
    int bottom = top + side;
    return (left > 0 && candidate.left() < left) || (top > 0 && candidate.top() < top)
        || (right < width && candidate.right() > right) || (bottom < height && candidate.bottom() > bottom);
  }
}
