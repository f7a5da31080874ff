package dev.ossdirect.reliability.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.RunProfile;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 uploads at once into the local OSS through Alibaba's OSS SDK, of mixed sizes (small, medium, and
 * large: up to 8 MiB in the fast run, 32 MiB under stress): every one must succeed, with no 5xx, and be
 * stored with its exact MD5. The throughput is measured for the report, not asserted.
 */
class ConcurrentUploadsLoadTest {

  private static final int UPLOADS = 64;
  private static final int MIB = 1024 * 1024;

  @TempDir Path dataDir;

  @Test
  void sixtyFourUploadsAtOnceAreAllStoredIntact() throws Exception {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("ConcurrentUploadsLoadTest seed " + seed);
    Random random = new Random(seed);
    int largest = RunProfile.choose(8 * MIB, 32 * MIB);
    List<int[]> uploads = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      int bound = i % 4 == 0 ? 64 * 1024 : i % 4 == 3 ? largest : 4 * MIB;
      uploads.add(new int[] {i, 1 + random.nextInt(bound)});
    }
    try (OssTestCloud oss = OssTestCloud.start(dataDir)) {
      OSS client = oss.client(SignVersion.V4, oss.assumeRole());
      ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
      AtomicLong bytes = new AtomicLong();
      List<String> failures = new ArrayList<>();
      int intact = 0;
      int lost = 0;
      long start = System.nanoTime();
      try {
        List<Future<String>> md5s = new ArrayList<>();
        for (int[] upload : uploads) {
          md5s.add(pool.submit(() -> {
            byte[] body = OssBytes.random(upload[1], seed + upload[0]);
            client.putObject(OssTestCloud.BUCKET, key(upload[0]), new ByteArrayInputStream(body));
            bytes.addAndGet(body.length);
            return StoredObjects.md5(body);
          }));
        }
        for (int i = 0; i < UPLOADS; i++) {
          String expected;
          try {
            expected = md5s.get(i).get(10, TimeUnit.MINUTES);
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add(key(i) + ": " + e.getCause());
            continue;
          }
          if (StoredObjects.md5(oss.cloud.objectStore(), OssTestCloud.BUCKET, key(i)).equals(Optional.of(expected))) {
            intact++;
          } else {
            lost++;
            failures.add(key(i) + " is not stored intact");
          }
        }
      } finally {
        pool.shutdownNow();
        client.shutdown();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Ledger.record(Tally.of(Row.LOAD_UPLOADS, UPLOADS, intact, lost).withNote(String.format(Locale.ROOT,
          "%d uploads of up to %d MiB, %.0f MiB in %.1f s (%.0f MiB/s)", UPLOADS, largest / MIB,
          bytes.get() / (double) MIB, seconds, bytes.get() / (double) MIB / seconds)));
      assertEquals(List.of(), failures);
    }
  }

  private static String key(int index) {
    return "uploads/load/object-" + index + ".bin";
  }
}
