package dev.ossdirect.localcloud.imm.faces;

/**
 * One face as BlazeFace proposes it, before overlapping proposals are merged: a box given by its centre
 * and size, six key points (x and y of the right eye, left eye, nose tip, mouth, right ear and left ear,
 * in that order, as the model outputs them) and the model's score, all in the coordinates of whatever
 * image the caller works in.
 */
record FaceCandidate(double centerX, double centerY, double width, double height, double[] keyPoints,
    double score) {

  static final int KEY_POINTS = 6;

  FaceCandidate {
    if (keyPoints.length != 2 * KEY_POINTS) {
      throw new IllegalArgumentException("a face candidate has " + KEY_POINTS + " key points");
    }
    keyPoints = keyPoints.clone();
  }

  double left() {
    return centerX - width / 2;
  }

  double top() {
    return centerY - height / 2;
  }

  double right() {
    return centerX + width / 2;
  }

  double bottom() {
    return centerY + height / 2;
  }

  /** The x (even {@code index}) or y (odd) coordinate of a key point. */
  double keyPoint(int index) {
    return keyPoints[index];
  }

  /** This candidate moved by {@code (offsetX, offsetY)} after being scaled by {@code scale}. */
  FaceCandidate mapped(double scale, double offsetX, double offsetY) {
    double[] points = new double[keyPoints.length];
    for (int i = 0; i < points.length; i += 2) {
      points[i] = offsetX + keyPoints[i] * scale;
      points[i + 1] = offsetY + keyPoints[i + 1] * scale;
    }
    return new FaceCandidate(offsetX + centerX * scale, offsetY + centerY * scale, width * scale,
        height * scale, points, score);
  }

  /** The area of the intersection of the two boxes over that of their union, in [0, 1]. */
  double intersectionOverUnion(FaceCandidate other) {
    double inner = intersection(other);
    return inner / (width * height + other.width * other.height - inner);
  }

  /** The area of the intersection of the two boxes over that of the smaller one, in [0, 1]. */
  double intersectionOverSmaller(FaceCandidate other) {
    return intersection(other) / Math.min(width * height, other.width * other.height);
  }

  private double intersection(FaceCandidate other) {
    double across = Math.min(right(), other.right()) - Math.max(left(), other.left());
    double down = Math.min(bottom(), other.bottom()) - Math.max(top(), other.top());
    return Math.max(0, across) * Math.max(0, down);
  }
}
