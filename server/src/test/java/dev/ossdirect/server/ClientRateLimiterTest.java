package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The limiter in this instance alone (Redis is {@link SharedRateLimitTest}'s). */
class ClientRateLimiterTest {

  @Test
  void withoutALimitTheClientIsNeverWorkedOut() {
    ClientRateLimiter limiter = new ClientRateLimiter(0);
    Supplier<String> client = () -> {
      throw new AssertionError("an unlimited server asked for the client's address");
    };
    for (int i = 0; i < 1000; i++) {
      assertEquals(OptionalLong.empty(), limiter.tryAcquire(client));
    }
  }

  @Test
  void aClientGetsExactlyItsLimitAndThenAWaitOfAtLeastOneSecond() {
    ClientRateLimiter limiter = new ClientRateLimiter(3);
    AtomicInteger asked = new AtomicInteger();
    Supplier<String> client = () -> {
      asked.incrementAndGet();
      return "192.0.2.1";
    };
    for (int i = 0; i < 3; i++) {
      assertEquals(OptionalLong.empty(), limiter.tryAcquire(client), "request " + (i + 1));
    }
    OptionalLong retryAfter = limiter.tryAcquire(client);
    assertTrue(retryAfter.isPresent());
    assertTrue(retryAfter.getAsLong() >= 1 && retryAfter.getAsLong() <= 20, Long.toString(retryAfter.getAsLong()));
    assertEquals(4, asked.get());
    assertEquals(OptionalLong.empty(), limiter.tryAcquire(() -> "192.0.2.2"), "another client has its own bucket");
  }
}
