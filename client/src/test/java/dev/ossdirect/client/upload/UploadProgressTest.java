package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadProgressTest {

  @Test
  void sumsThePartsAndNeverGoesBackwardsWhenAPartStartsOver() {
    UploadProgress progress = new UploadProgress(300);
    progress.partSent(1, 80);
    progress.partSent(2, 50);
    assertEquals(130, progress.sentBytes());
    progress.partSent(2, 0);
    progress.partSent(2, 30);
    assertEquals(130, progress.sentBytes());
    progress.partSent(2, 100);
    assertEquals(180, progress.sentBytes());
  }

  /** Parts reported out of order, the first of them the last of OSS's 10,000. */
  @Test
  void countsPartsInAnyOrderUpToTheLastPartOssAllows() {
    UploadProgress progress = new UploadProgress(30_000);
    progress.partSent(10_000, 3);
    progress.partSent(1, 1);
    progress.partSent(9_999, 2);
    assertEquals(6, progress.sentBytes());
    progress.partSent(10_000, 2);
    assertEquals(6, progress.sentBytes());
    for (int part = 1; part <= 10_000; part++) {
      progress.partSent(part, 3);
    }
    assertEquals(30_000, progress.sentBytes());
    assertEquals(99, progress.percent());
  }

  @Test
  void staysBelowOneHundredPercentUntilOssConfirms() {
    UploadProgress progress = new UploadProgress(200);
    progress.partSent(1, 100);
    progress.partSent(2, 100);
    assertEquals(200, progress.sentBytes());
    assertEquals(99, progress.percent());
    progress.confirmObject();
    assertEquals(100, progress.percent());
    assertTrue(progress.isConfirmed());
  }

  @Test
  void percentagesAreWholeAndRoundedDown() {
    UploadProgress progress = new UploadProgress(1000);
    progress.partSent(1, 129);
    assertEquals(12, progress.percent());
    assertEquals(0, new UploadProgress(0).percent());
  }

  /** Around 2^31 and 2^32 bytes and at OSS's largest object (48.8 TiB), one byte short of a percent. */
  @Test
  void percentagesAreExactForTheLargestObjects() {
    long largestObject = 48_800L * 1024 * 1024 * 1024;
    long[] totals = {(1L << 31) - 1, 1L << 31, (1L << 32) + 1, largestObject};
    for (long total : totals) {
      for (long sent : new long[] {total / 100 - 1, total / 100, total / 2 - 1, total - 1, total}) {
        assertEquals((int) Math.min(99, sent * 100 / total), UploadProgress.percent(sent, total, false),
            sent + " of " + total);
      }
    }
    UploadProgress progress = new UploadProgress(largestObject);
    progress.partSent(1, largestObject - 1);
    assertEquals(largestObject - 1, progress.sentBytes());
  }

  @Test
  void isMonotonicUnderAnyReportOrder() {
    java.util.Random random = new java.util.Random(7);
    UploadProgress progress = new UploadProgress(10 * 100);
    long last = 0;
    for (int i = 0; i < 10_000; i++) {
      progress.partSent(1 + random.nextInt(10), random.nextInt(101));
      assertTrue(progress.sentBytes() >= last);
      last = progress.sentBytes();
    }
  }
}
