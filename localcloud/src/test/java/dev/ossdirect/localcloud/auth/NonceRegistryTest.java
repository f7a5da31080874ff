package dev.ossdirect.localcloud.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ossdirect.localcloud.auth.NonceRegistry.Result;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The nonce registry's bounds: each access key's budget, the capacity of all, and the window that frees both. */
class NonceRegistryTest {

  private static final long WINDOW = 15 * 60_000L;

  private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

  private NonceRegistry registry(int capacity, int budgetPerAccessKey) {
    return new NonceRegistry(now::get, WINDOW, capacity, budgetPerAccessKey);
  }

  @Test
  void anAccessKeyHoldsExactlyItsBudgetAndNoMore() {
    NonceRegistry nonces = registry(100, 3);
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n1"));
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n2"));
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n3"));
    assertEquals(Result.OVER_BUDGET, nonces.use("STS.alice", "n4"));
    assertEquals(3, nonces.size(), "a refused nonce is not remembered");
    assertEquals(Result.FRESH, nonces.use("STS.bob", "n4"), "another key has a budget of its own");
    assertEquals(Result.REPLAYED, nonces.use("STS.alice", "n2"), "a replay is still a replay at the budget");
  }

  @Test
  void theBudgetIsFreedWhenTheWindowHasPassed() {
    NonceRegistry nonces = registry(100, 2);
    nonces.use("STS.alice", "n1");
    now.addAndGet(60_000);
    nonces.use("STS.alice", "n2");
    now.addAndGet(WINDOW - 60_000 - 1);
    assertEquals(Result.OVER_BUDGET, nonces.use("STS.alice", "n3"), "one millisecond before n1 expires");
    now.addAndGet(1);
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n1"), "n1 has expired: its room and itself are free");
    assertEquals(Result.OVER_BUDGET, nonces.use("STS.alice", "n3"), "n2 has not expired");
    now.addAndGet(WINDOW);
    assertEquals(0, nonces.size());
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n5"));
    assertEquals(Result.FRESH, nonces.use("STS.alice", "n6"));
  }

  @Test
  void allKeysTogetherHoldExactlyTheCapacity() {
    NonceRegistry nonces = registry(3, 2);
    assertEquals(Result.FRESH, nonces.use("a", "n"));
    assertEquals(Result.FRESH, nonces.use("b", "n"));
    assertEquals(Result.FRESH, nonces.use("c", "n"));
    assertEquals(Result.OVERLOADED, nonces.use("d", "n"));
    assertEquals(Result.REPLAYED, nonces.use("a", "n"));
    now.addAndGet(WINDOW);
    assertEquals(Result.FRESH, nonces.use("d", "n"));
  }

  @Test
  void theSameNonceFromTwoKeysIsTwoNonces() {
    NonceRegistry nonces = registry(10, 1);
    assertEquals(Result.FRESH, nonces.use("a", "n"));
    assertEquals(Result.FRESH, nonces.use("b", "n"));
    assertEquals(Result.REPLAYED, nonces.use("b", "n"));
  }

  @Test
  void boundsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> registry(0, 1));
    assertThrows(IllegalArgumentException.class, () -> registry(1, 0));
  }
}
