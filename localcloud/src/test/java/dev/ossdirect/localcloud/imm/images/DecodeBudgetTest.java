package dev.ossdirect.localcloud.imm.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecodeBudgetTest {

  private static final long BUDGET = 1_000;
  /** Only to fail rather than hang if a wait were unbounded; no test measures how long anything takes. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(1);

  private static DecodeBudget noWait(int decodes) {
    return new DecodeBudget(decodes, BUDGET, Duration.ZERO);
  }

  @Test
  void anImageOfExactlyTheBudgetIsAdmittedAndOnePixelMoreIsThrottled() throws Exception {
    DecodeBudget budget = noWait(4);
    try (DecodePermit all = budget.acquire(BUDGET)) {
      assertEquals(BUDGET, all.pixels());
      assertEquals(BUDGET, budget.pixelsInFlight());
      DecodeThrottledException e = assertThrows(DecodeThrottledException.class, () -> budget.acquire(1));
      assertTrue(e.getMessage().contains("1000 pixels allowed at once to add 1 more"), e.getMessage());
    }
    assertEquals(0, budget.pixelsInFlight());
  }

  @Test
  void imagesThatFillTheBudgetTogetherAreAdmittedAndOnePixelMoreIsThrottled() throws Exception {
    DecodeBudget budget = noWait(4);
    try (DecodePermit first = budget.acquire(400)) {
      assertThrows(DecodeThrottledException.class, () -> budget.acquire(BUDGET - 400 + 1));
      try (DecodePermit rest = budget.acquire(BUDGET - 400)) {
        assertEquals(BUDGET, budget.pixelsInFlight());
        assertEquals(2, budget.decodesInFlight());
      }
    }
  }

  @Test
  void noMoreThanTheAllowedDecodesRunAtOnce() throws Exception {
    DecodeBudget budget = noWait(2);
    DecodePermit first = budget.acquire(1);
    DecodePermit second = budget.acquire(1);
    DecodeThrottledException e = assertThrows(DecodeThrottledException.class, () -> budget.acquire(1));
    assertTrue(e.getMessage().startsWith("all 2 decodes allowed at once are in use"), e.getMessage());
    second.close();
    try (DecodePermit third = budget.acquire(1)) {
      assertEquals(2, budget.decodesInFlight());
    }
    first.close();
    assertEquals(0, budget.decodesInFlight());
  }

  @Test
  void aThrottledCallHoldsNothingAndTheNextOneIsAdmitted() throws Exception {
    DecodeBudget budget = noWait(2);
    DecodePermit held = budget.acquire(900);
    // A slot is free but the pixels are not: the slot taken while trying must be given back.
    assertThrows(DecodeThrottledException.class, () -> budget.acquire(200));
    assertEquals(1, budget.decodesInFlight());
    assertEquals(900, budget.pixelsInFlight());
    assertEquals(0, budget.waitingCalls());
    try (DecodePermit fits = budget.acquire(100)) {
      assertEquals(BUDGET, budget.pixelsInFlight());
    }
    held.close();
    try (DecodePermit whole = budget.acquire(BUDGET)) {
      assertEquals(1, budget.decodesInFlight());
    }
  }

  @Test
  void closingAPermitTwiceGivesItBackOnce() throws Exception {
    DecodeBudget budget = noWait(2);
    DecodePermit other = budget.acquire(500);
    DecodePermit permit = budget.acquire(500);
    permit.close();
    permit.close();
    assertEquals(500, budget.pixelsInFlight());
    assertEquals(1, budget.decodesInFlight());
    assertThrows(DecodeThrottledException.class, () -> budget.acquire(501));
    other.close();
  }

  @Test
  void aCallWaitsForRoomUpToTheLongestWait() throws Exception {
    DecodeBudget budget = new DecodeBudget(1, BUDGET, HANG_GUARD);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      DecodePermit held = budget.acquire(BUDGET);
      Future<DecodePermit> waiting = pool.submit(() -> budget.acquire(BUDGET));
      while (budget.waitingCalls() == 0 && !waiting.isDone()) {
        Thread.sleep(1);
      }
      assertEquals(1, budget.waitingCalls(), "the second call waits, queued");
      held.close();
      try (DecodePermit admitted = waiting.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
        assertEquals(BUDGET, budget.pixelsInFlight());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWaitThatEndsWithoutRoomIsThrottled() throws Exception {
    DecodeBudget budget = new DecodeBudget(1, BUDGET, Duration.ofMillis(20));
    try (DecodePermit held = budget.acquire(1)) {
      DecodeThrottledException e = assertTimeoutPreemptively(HANG_GUARD,
          () -> assertThrows(DecodeThrottledException.class, () -> budget.acquire(1)));
      assertTrue(e.getMessage().endsWith("none ended within 20 ms"), e.getMessage());
      assertEquals(0, budget.waitingCalls());
    }
  }

  @Test
  void aCallInterruptedWhileWaitingForPixelsIsThrottledAndGivesItsSlotBack() throws Exception {
    DecodeBudget budget = new DecodeBudget(2, BUDGET, HANG_GUARD);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (DecodePermit held = budget.acquire(BUDGET)) {
      Future<DecodePermit> waiting = pool.submit(() -> budget.acquire(1));
      while (budget.waitingCalls() == 0 && !waiting.isDone()) {
        Thread.sleep(1);
      }
      assertEquals(2, budget.decodesInFlight(), "it holds the second slot while it waits for pixels");
      pool.shutdownNow(); // interrupts it
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> waiting.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof DecodeThrottledException, e.toString());
      assertEquals(1, budget.decodesInFlight());
      assertEquals(BUDGET, budget.pixelsInFlight());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesWhatCouldNeverBeAdmitted() {
    DecodeBudget budget = noWait(1);
    assertThrows(IllegalArgumentException.class, () -> budget.acquire(BUDGET + 1));
    assertThrows(IllegalArgumentException.class, () -> budget.acquire(0));
    assertEquals(0, budget.decodesInFlight());
  }

  @Test
  void refusesMeaninglessLimits() {
    assertThrows(IllegalArgumentException.class, () -> new DecodeBudget(0, BUDGET, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new DecodeBudget(1, 0, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new DecodeBudget(1, Integer.MAX_VALUE + 1L, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new DecodeBudget(1, BUDGET, Duration.ofMillis(-1)));
    assertEquals(Integer.MAX_VALUE, new DecodeBudget(1, Integer.MAX_VALUE, Duration.ZERO).pixelBudget());
  }
}
