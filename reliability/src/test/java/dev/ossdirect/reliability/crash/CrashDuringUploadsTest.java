package dev.ossdirect.reliability.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.oss.DataFolder;
import dev.ossdirect.localcloud.oss.KillableLocalCloud;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.RunProfile;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.signing.Credentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the local cloud (SIGKILL, in a JVM of its own) at a random moment while 20 uploads run at once,
 * single and multipart, restarts it on the same data folder, and checks everything uploaded so far, in
 * this round and the rounds before: confirmed uploads are there with their MD5; uploads whose last
 * request was not sent to its end are invisible; uploads left in doubt (sent, never answered) are either
 * invisible or whole; no temporary file is left, nor the segments of a multipart object that no object
 * lists. Three rounds in the fast run, twenty under stress. The seed is printed, and replayed with
 * {@code -Dtest.seed=<seed>}.
 */
class CrashDuringUploadsTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final int UPLOADS = 20;
  private static final int KIB = 1024;

  @TempDir Path dataDir;
  @TempDir Path logDir;

  @Test
  void nothingConfirmedIsLostAndNothingUnconfirmedAppears() throws Exception {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("CrashDuringUploadsTest seed " + seed);
    Random random = new Random(seed);
    int rounds = RunProfile.choose(3, 20);
    int largest = RunProfile.choose(2 * KIB * KIB, 8 * KIB * KIB);
    List<Upload> all = new ArrayList<>();
    Map<Upload.Outcome, Integer> outcomes = new EnumMap<>(Upload.Outcome.class);
    List<String> problems = new ArrayList<>();
    int lost = 0;
    int handled = 0;
    int checked = 0;
    for (int round = 0; round < rounds; round++) {
      List<Upload> uploads = new ArrayList<>();
      for (int i = 0; i < UPLOADS; i++) {
        uploads.add(new Upload(BUCKET, "uploads/round-" + round + "/upload-" + i + ".bin",
            1 + random.nextInt(largest), random.nextInt(4) == 0, random.nextLong()));
      }
      runAndKill(uploads, random.nextInt(1500));
      all.addAll(uploads);
      uploads.forEach(upload -> outcomes.merge(upload.outcome, 1, Integer::sum));
      try (LocalCloud restarted = LocalCloud.start(KillableLocalCloud.config(dataDir))) {
        if (!DataFolder.temporaryFiles(dataDir).isEmpty()) {
          problems.add("round " + round + " left temporary files " + DataFolder.temporaryFiles(dataDir));
        }
        if (!DataFolder.unlistedSegmentFolders(dataDir, BUCKET).isEmpty()) {
          problems.add("round " + round + " left segments no object lists "
              + DataFolder.unlistedSegmentFolders(dataDir, BUCKET));
        }
        for (Upload upload : all) {
          Optional<String> stored = StoredObjects.md5(restarted.objectStore(), BUCKET, upload.key);
          String problem = problem(upload, stored);
          boolean thisRound = uploads.contains(upload);
          if (upload.outcome == Upload.Outcome.CONFIRMED && !stored.equals(Optional.of(upload.md5()))) {
            lost++;
          }
          if (thisRound) {
            checked++;
            handled += problem == null ? 1 : 0;
          }
          if (problem != null) {
            problems.add("round " + round + ": " + problem);
          }
        }
      }
    }
    Ledger.record(Tally.of(Row.CRASH_UPLOADS, checked, handled, lost).withNote(rounds + " kills, "
        + outcomes.getOrDefault(Upload.Outcome.CONFIRMED, 0) + " uploads confirmed, "
        + outcomes.getOrDefault(Upload.Outcome.IN_DOUBT, 0) + " in doubt (sent, never answered), "
        + outcomes.getOrDefault(Upload.Outcome.NOT_SENT, 0) + " not sent whole; every object rechecked after"
        + " each restart"));
    assertEquals(List.of(), problems);
  }

  /** What is wrong with what the store holds for {@code upload}, or {@code null} if nothing is. */
  private static String problem(Upload upload, Optional<String> stored) {
    boolean whole = stored.equals(Optional.of(upload.md5()));
    return switch (upload.outcome) {
      case CONFIRMED -> whole ? null : upload + " is " + (stored.isEmpty() ? "missing" : "corrupt");
      case IN_DOUBT -> stored.isEmpty() || whole ? null : upload + " is visible but not whole";
      case NOT_SENT -> stored.isEmpty() ? null : upload + " is visible though never sent whole";
      case REFUSED -> upload + " was refused before the kill: " + upload.refusal;
    };
  }

  /** Runs the uploads at once against a new killable cloud, and kills it after {@code delayMillis}. */
  private void runAndKill(List<Upload> uploads, int delayMillis) throws Exception {
    KillableLocalCloud.Child child = KillableLocalCloud.launch(dataDir, logDir.resolve("cloud.log"));
    SignedRequests signed = new SignedRequests(child.ossPort(), "cn-hangzhou",
        Credentials.of(KillableLocalCloud.ACCESS_KEY_ID, KillableLocalCloud.ACCESS_KEY_SECRET),
        System::currentTimeMillis);
    ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Upload upload : uploads) {
        running.add(pool.submit(() -> upload.run(signed)));
      }
      Thread.sleep(delayMillis);
      child.kill();
      for (Future<?> upload : running) {
        upload.get(60, TimeUnit.SECONDS);
      }
    } finally {
      child.kill();
      pool.shutdownNow();
    }
  }
}
