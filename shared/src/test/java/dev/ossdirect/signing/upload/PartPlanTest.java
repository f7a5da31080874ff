package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartPlanTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void usesPartsFromFiveMebibytes() {
    assertFalse(PartPlan.usesMultipart(5 * MIB - 1));
    assertTrue(PartPlan.usesMultipart(5 * MIB));
  }

  @Test
  void cutsFiveMebibyteParts() {
    PartPlan plan = PartPlan.forObject(48 * MIB);
    assertEquals(5 * MIB, plan.partSize());
    assertEquals(10, plan.partCount());
    assertRange(plan, 1, 0, 5 * MIB);
    assertRange(plan, 10, 45 * MIB, 48 * MIB);
  }

  @Test
  void aFileOfExactlyOnePartHasOnePart() {
    PartPlan plan = PartPlan.forObject(5 * MIB);
    assertEquals(1, plan.partCount());
    assertRange(plan, 1, 0, 5 * MIB);
  }

  @Test
  void growsThePartSizeToStayWithinTenThousandParts() {
    assertEquals(5 * MIB, PartPlan.forObject(50_000 * MIB).partSize());
    PartPlan plan = PartPlan.forObject(50_001 * MIB);
    assertEquals(10 * MIB, plan.partSize());
    assertEquals(5001, plan.partCount());

    long huge = 48L * 1024 * 1024 * MIB;
    PartPlan hugePlan = PartPlan.forObject(huge);
    assertTrue(hugePlan.partCount() <= PartPlan.MAX_PARTS);
    assertEquals(huge, hugePlan.partEnd(hugePlan.partCount()));
  }

  @Test
  void everyPartButTheLastIsAtLeastOneHundredKilobytes() {
    for (long size : new long[] {5 * MIB, 5 * MIB + 1, 10 * MIB + 7, 123_456_789L, 52_428_800_001L}) {
      PartPlan plan = PartPlan.forObject(size);
      long covered = 0;
      for (int part = 1; part <= plan.partCount(); part++) {
        assertEquals(covered, plan.partStart(part));
        if (part < plan.partCount()) {
          assertTrue(plan.partLength(part) >= 100 * 1024);
        }
        covered = plan.partEnd(part);
      }
      assertEquals(size, covered);
      assertTrue(plan.partCount() <= PartPlan.MAX_PARTS);
    }
  }

  /**
   * Sizes around 2^31 and 2^32 bytes and OSS's largest object (48.8 TiB): the plan, computed in doubles,
   * must be the one whole-number arithmetic gives, part for part.
   */
  @Test
  void cutsLikeWholeNumberArithmeticAtLargeSizes() {
    long largestObject = 48_800L * 1024 * 1024 * 1024;
    long[] sizes = {
      (1L << 31) - 1, 1L << 31, (1L << 31) + 1, (1L << 32) - 1, 1L << 32, (1L << 32) + 1,
      50_000 * MIB, 50_000 * MIB + 1, largestObject - 1, largestObject
    };
    for (long size : sizes) {
      long partSize = 5 * MIB;
      while ((size + partSize - 1) / partSize > PartPlan.MAX_PARTS) {
        partSize *= 2;
      }
      PartPlan plan = PartPlan.forObject(size);
      assertEquals(partSize, plan.partSize(), "part size for " + size);
      assertEquals((size + partSize - 1) / partSize, plan.partCount(), "part count for " + size);
      for (int part = 1; part <= plan.partCount(); part++) {
        assertEquals((part - 1) * partSize, plan.partStart(part));
        assertEquals(Math.min(size, part * partSize), plan.partEnd(part));
      }
    }
  }

  @Test
  void refusesPartsOutsideThePlan() {
    PartPlan plan = PartPlan.forObject(6 * MIB);
    assertFalse(plan.hasPart(0));
    assertTrue(plan.hasPart(2));
    assertFalse(plan.hasPart(3));
    assertThrows(IllegalArgumentException.class, () -> plan.partStart(0));
    assertThrows(IllegalArgumentException.class, () -> plan.partLength(3));
  }

  private static void assertRange(PartPlan plan, int part, long start, long end) {
    assertEquals(start, plan.partStart(part));
    assertEquals(end, plan.partEnd(part));
    assertEquals(end - start, plan.partLength(part));
  }
}
