package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The JVM's HMACs and hashes keep one JDK engine per thread, since an engine holds one computation's
 * state: threads that sign at the same moment, each with its own key, each get their own answer.
 */
class HmacAcrossThreadsTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3_000;

  @Test
  void threadsSigningAtOnceWithDifferentKeysGetTheirOwnSignatures() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        byte[] key = ("secret of thread " + t).getBytes(StandardCharsets.UTF_8);
        byte[] message = ("string to sign of thread " + t).repeat(t + 1).getBytes(StandardCharsets.UTF_8);
        byte[] expectedSha1 = PortableHmac.sha1(key, message);
        byte[] expectedSha256 = PortableHmac.sha256(key, message);
        byte[] expectedHash = PortableSha256.hash(message);
        results.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            assertArrayEquals(expectedSha1, Hmac.sha1(key, message));
            assertArrayEquals(expectedSha256, Hmac.sha256(key, message));
            assertArrayEquals(expectedHash, Sha256.hash(message));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
