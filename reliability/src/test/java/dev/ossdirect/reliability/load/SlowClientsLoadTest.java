package dev.ossdirect.reliability.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.http.HttpEndpoint;
import dev.ossdirect.localcloud.oss.DataFolder;
import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.RunProfile;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients against the local OSS. Clients sending a large body at 1 KB/s hold their connections while
 * other uploads go through normally, then stop sending and are cut off by the idle timeout (5 s in the
 * fast run, the default 30 s under stress); a client trickling 16 bytes a second, below the endpoint's
 * floor of {@value HttpEndpoint#MIN_REQUEST_BYTES_PER_SECOND} B/s, is cut off while it still trickles. None
 * leaves an object or a temporary file. The times are measured for the report; what is asserted is that
 * each cut-off comes, and for the right reason.
 */
class SlowClientsLoadTest {

  private static final int BODY = 1024 * 1024;

  @TempDir Path dataDir;

  /** What happened to one slow client. */
  private record Cut(boolean whileSending, double secondsAfterStall, String answer) {}

  @Test
  void slowClientsBlockNoOneAndAreCutOffInTheEnd() throws Exception {
    int slowClients = RunProfile.choose(4, 16);
    int sendingSeconds = RunProfile.choose(6, 20);
    int normalUploads = RunProfile.choose(20, 100);
    long idleTimeout = RunProfile.choose(5_000, 30_000);
    try (OssTestCloud oss = OssTestCloud.start(dataDir, config -> config.idleTimeoutMillis(idleTimeout))) {
      SignedRequests signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.assumeRole(), oss.clock);
      ExecutorService slow = Executors.newFixedThreadPool(slowClients + 1);
      List<Future<Cut>> cuts = new ArrayList<>();
      for (int i = 0; i < slowClients; i++) {
        String key = "uploads/slow/client-" + i + ".bin";
        cuts.add(slow.submit(() -> sendSlowly(signed, key, 1024, sendingSeconds)));
      }
      Future<Cut> trickler = slow.submit(() -> sendSlowly(signed, "uploads/slow/trickle.bin", 16, 1000));

      List<String> failures = new ArrayList<>();
      long start = System.nanoTime();
      int intact = normalUploads(oss, normalUploads, failures);
      double normalSeconds = (System.nanoTime() - start) / 1e9;

      int handled = intact;
      double slowestCut = 0;
      for (Future<Cut> future : cuts) {
        Cut cut = future.get(5, TimeUnit.MINUTES);
        slowestCut = Math.max(slowestCut, cut.secondsAfterStall());
        if (cut.whileSending()) {
          failures.add("a 1 KB/s client was cut off while it was still sending: " + cut.answer());
        } else {
          handled++;
        }
      }
      Cut trickle = trickler.get(5, TimeUnit.MINUTES);
      if (trickle.whileSending()) {
        handled++;
      } else {
        failures.add("the trickling client was not cut off while it trickled");
      }
      slow.shutdownNow();
      if (!DataFolder.temporaryFiles(oss.dataDir).isEmpty()) {
        failures.add("temporary files left: " + DataFolder.temporaryFiles(oss.dataDir));
      }
      for (int i = 0; i < slowClients; i++) {
        if (StoredObjects.md5(oss.cloud.objectStore(), OssTestCloud.BUCKET, "uploads/slow/client-" + i + ".bin")
            .isPresent()) {
          failures.add("a slow client's partial upload was stored");
        }
      }
      Ledger.record(Tally.of(Row.LOAD_SLOW_CLIENTS, slowClients + 1 + normalUploads, handled,
          normalUploads - intact).withNote(String.format(Locale.ROOT,
          "%d clients at 1 KB/s for %d s: %d other uploads done in %.1f s meanwhile; stalled clients cut off"
              + " %.1f s after they stopped (idle timeout %d s); a 16 B/s client cut off while trickling",
          slowClients, sendingSeconds, normalUploads, normalSeconds, slowestCut, idleTimeout / 1000)));
      assertEquals(List.of(), failures);
    }
  }

  /**
   * Starts a PUT of 1 MiB, sends {@code bytesPerSecond} each second for {@code seconds}, then stops sending
   * and waits for the server to answer or close the connection.
   */
  private static Cut sendSlowly(SignedRequests signed, String key, int bytesPerSecond, int seconds)
      throws Exception {
    try (Socket socket = signed.startPut(OssTestCloud.BUCKET, key, Map.of(), BODY)) {
      socket.setSoTimeout(300_000);
      OutputStream out = socket.getOutputStream();
      byte[] chunk = new byte[bytesPerSecond];
      try {
        for (int second = 0; second < seconds; second++) {
          if (socket.getInputStream().available() > 0) {
            return new Cut(true, 0, RawHttp.readResponse(socket, false).status() + "");
          }
          out.write(chunk);
          out.flush();
          Thread.sleep(1000);
        }
      } catch (IOException cutOff) {
        return new Cut(true, 0, cutOff.toString());
      }
      long stalled = System.nanoTime();
      String answer;
      try {
        answer = Integer.toString(RawHttp.readResponse(socket, false).status());
      } catch (IOException closed) {
        answer = closed.toString();
      }
      return new Cut(false, (System.nanoTime() - stalled) / 1e9, answer);
    }
  }

  /** Uploads {@code count} objects of 256 KB through the OSS SDK, 8 at a time; how many are stored intact. */
  private static int normalUploads(OssTestCloud oss, int count, List<String> failures) throws Exception {
    OSS client = oss.client(SignVersion.V4, oss.assumeRole());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> uploads = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String key = "uploads/normal/object-" + i + ".bin";
        byte[] body = OssBytes.random(256 * 1024, i);
        uploads.add(pool.submit(() -> {
          client.putObject(OssTestCloud.BUCKET, key, new ByteArrayInputStream(body));
          return StoredObjects.md5(body);
        }));
      }
      int intact = 0;
      for (int i = 0; i < count; i++) {
        try {
          String expected = uploads.get(i).get(2, TimeUnit.MINUTES);
          if (StoredObjects.md5(oss.cloud.objectStore(), OssTestCloud.BUCKET, "uploads/normal/object-" + i + ".bin")
              .equals(Optional.of(expected))) {
            intact++;
          } else {
            failures.add("normal upload " + i + " is not stored intact");
          }
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add("normal upload " + i + " failed: " + e.getCause());
        }
      }
      return intact;
    } finally {
      pool.shutdownNow();
      client.shutdown();
    }
  }
}
