package dev.ossdirect.signing.upload;

/**
 * How a file is cut into parts for a multipart upload.
 *
 * <p>OSS numbers parts from 1 to 10,000 and wants every part but the last to be at least 100 KB. Parts
 * start at 5 MiB, a size whose loss to a dropped connection costs little to send again; the size doubles
 * until 10,000 parts cover the file. Files below {@link #MULTIPART_THRESHOLD} go in one request.
 *
 * <p>The browser cuts the file by this plan and the server signs each part for exactly its size, so both
 * compile this one class: a plan the two computed differently would be refused part by part.
 */
public final class PartPlan {

  /** Files of at least this size are uploaded in parts. */
  public static final long MULTIPART_THRESHOLD = 5L * 1024 * 1024;

  /** The size parts start at. */
  public static final long FIRST_PART_SIZE = 5L * 1024 * 1024;

  /** The most parts OSS accepts in one upload. */
  public static final int MAX_PARTS = 10_000;

  /*
   * Sizes are kept as doubles, which hold every whole number up to 2^53 (8 PiB, far above OSS's largest
   * object of 48.8 TiB) exactly, and handed out as longs: in the browser's script GWT emulates long in
   * software, and its division and multiplication would otherwise come along for this class alone.
   */
  private final double objectSize;
  private final double partSize;
  private final int partCount;

  private PartPlan(double objectSize, double partSize) {
    this.objectSize = objectSize;
    this.partSize = partSize;
    this.partCount = (int) Math.max(1, partsToCover(objectSize, partSize));
  }

  /** How many parts of {@code partSize} bytes cover {@code objectSize} bytes: a division rounded up. */
  private static double partsToCover(double objectSize, double partSize) {
    double remainder = objectSize % partSize;
    return (objectSize - remainder) / partSize + (remainder > 0 ? 1 : 0);
  }

  /** Whether a file of {@code size} bytes is uploaded in parts. */
  public static boolean usesMultipart(long size) {
    return size >= MULTIPART_THRESHOLD;
  }

  /** The plan for an object of {@code objectSize} bytes. */
  public static PartPlan forObject(long objectSize) {
    double partSize = FIRST_PART_SIZE;
    while (partsToCover(objectSize, partSize) > MAX_PARTS) {
      partSize *= 2;
    }
    return new PartPlan(objectSize, partSize);
  }

  public long partSize() {
    return (long) partSize;
  }

  public int partCount() {
    return partCount;
  }

  /** Whether {@code partNumber} is one of this plan's parts, 1 to {@link #partCount()}. */
  public boolean hasPart(int partNumber) {
    return partNumber >= 1 && partNumber <= partCount;
  }

  /** Where part {@code partNumber} (1 to {@link #partCount()}) starts in the object. */
  public long partStart(int partNumber) {
    if (!hasPart(partNumber)) {
      throw new IllegalArgumentException("No part " + partNumber + " of " + partCount);
    }
    return (long) ((partNumber - 1) * partSize);
  }

  /** Where part {@code partNumber} ends (exclusive); the last part may be shorter than the others. */
  public long partEnd(int partNumber) {
    return (long) Math.min(objectSize, partStart(partNumber) + partSize);
  }

  /** The size of part {@code partNumber} in bytes: what its request's {@code Content-Length} must be. */
  public long partLength(int partNumber) {
    return partEnd(partNumber) - partStart(partNumber);
  }
}
