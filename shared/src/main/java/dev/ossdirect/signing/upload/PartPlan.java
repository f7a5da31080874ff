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

  private final long objectSize;
  private final long partSize;
  private final int partCount;

  private PartPlan(long objectSize, long partSize) {
    this.objectSize = objectSize;
    this.partSize = partSize;
    this.partCount = (int) Math.max(1, (objectSize + partSize - 1) / partSize);
  }

  /** Whether a file of {@code size} bytes is uploaded in parts. */
  public static boolean usesMultipart(long size) {
    return size >= MULTIPART_THRESHOLD;
  }

  /** The plan for an object of {@code objectSize} bytes. */
  public static PartPlan forObject(long objectSize) {
    long partSize = FIRST_PART_SIZE;
    while ((objectSize + partSize - 1) / partSize > MAX_PARTS) {
      partSize *= 2;
    }
    return new PartPlan(objectSize, partSize);
  }

  public long partSize() {
    return partSize;
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
    return (partNumber - 1) * partSize;
  }

  /** Where part {@code partNumber} ends (exclusive); the last part may be shorter than the others. */
  public long partEnd(int partNumber) {
    return Math.min(objectSize, partStart(partNumber) + partSize);
  }

  /** The size of part {@code partNumber} in bytes: what its request's {@code Content-Length} must be. */
  public long partLength(int partNumber) {
    return partEnd(partNumber) - partStart(partNumber);
  }
}
