package dev.ossdirect.reliability.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.auth.RequestTimeWindow;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.localcloud.rpc.RpcAuthenticator;
import dev.ossdirect.localcloud.rpc.SignedRpcCalls;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.RunProfile;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.server.SessionPolicy;
import dev.ossdirect.signing.Credentials;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signature nonces cannot fill the local cloud's memory, nor lock other callers out. Every call goes to the
 * real IMM endpoint with a browser session's token (the server's session policy); its object does not
 * exist, so an accepted call answers {@code ResourceNotFound} after its nonce was recorded, without the
 * cost of a face detection.
 *
 * <ul>
 *   <li>The attack as it was found: 150 calls with 900,000-character nonces. Each is refused, and the heap
 *       after them is within 32 MB of the heap before (they used to keep 129 MB).
 *   <li>A token spends its whole budget of nonces (in the fast run a smaller budget, set through
 *       {@link LocalCloudConfig#nonceBudgets}; under stress IMM's own, 18,000), then is throttled; another
 *       token is not; once the window has passed the first is served again.
 *   <li>Calls the token may not make leave their nonce unused: the same nonce then serves an allowed call.
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonceFloodTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String FOLDER = "uploads/7e57f10d-0000-4000-8000-000000000001/";
  private static final int HUGE_NONCE = 900_000;
  private static final int HUGE_CALLS = 150;
  private static final long HEAP_BOUND_BYTES = 32L * 1024 * 1024;
  private static final int BUDGET = RunProfile.choose(500, new LocalCloudConfig().immNonceBudget());

  private OssTestCloud oss;
  private String project;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    oss = OssTestCloud.start(dataDir, config -> config.nonceBudgets(config.stsNonceBudget(), BUDGET));
    project = oss.cloud.config().immProject();
  }

  @AfterEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  @AfterAll
  void stop() {
    oss.close();
  }

  /** A new browser session's token. */
  private Credentials sessionToken() throws Exception {
    return oss.assumeRole(3600, SessionPolicy.document(BUCKET, FOLDER,
        ResourceNames.immProject(oss.cloud.region(), oss.cloud.accountId(), project)));
  }

  /** DetectImageFaces on a missing object of the session's folder in {@code projectName}, with {@code nonce}. */
  private String detect(Credentials token, String projectName, String nonce) throws Exception {
    return SignedRpcCalls.call(oss.cloud.immEndpoint(), SignedRpcCalls.signed(oss.clock, "DetectImageFaces",
        "2020-09-30", Map.of("ProjectName", projectName, "SourceURI", "oss://" + BUCKET + "/" + FOLDER + "none.png"),
        token, nonce));
  }

  /** Counts the cases of one test and what went wrong in them. */
  private static final class Cases {
    int count;
    final List<String> wrong = new ArrayList<>();

    void expect(String expected, String actual, String what) {
      count++;
      if (!expected.equals(actual)) {
        wrong.add(what + ": expected " + expected + ", got " + actual);
      }
    }

    void record(String note) {
      Ledger.record(Tally.of(Row.NONCE_FLOODING, count, count - wrong.size(), Tally.NO_OBJECTS).withNote(note));
      assertEquals(List.of(), wrong);
    }
  }

  @Test
  void hugeNoncesAreRefusedAndKeepNothing() throws Exception {
    Credentials token = sessionToken();
    Cases cases = new Cases();
    String huge = SignedRpcCalls.randomNonce(HUGE_NONCE - 8);
    long before = usedHeapAfterGc();
    for (int i = 0; i < HUGE_CALLS; i++) {
      cases.expect("400 InvalidParameter", detect(token, project, huge + String.format(Locale.ROOT, "%08d", i)),
          "a nonce of " + HUGE_NONCE + " characters");
    }
    long growth = usedHeapAfterGc() - before;
    cases.count++;
    if (growth >= HEAP_BOUND_BYTES) {
      cases.wrong.add("the heap grew by " + megabytes(growth) + " after " + HUGE_CALLS + " huge nonces");
    }
    int limit = RpcAuthenticator.MAX_NONCE_LENGTH;
    cases.expect("404 ResourceNotFound", detect(token, project, SignedRpcCalls.randomNonce(limit)),
        "a nonce of exactly " + limit + " characters");
    cases.expect("400 InvalidParameter", detect(token, project, SignedRpcCalls.randomNonce(limit + 1)),
        "a nonce of " + (limit + 1) + " characters");
    cases.record("the heap grew by " + megabytes(growth) + " after " + HUGE_CALLS + " calls with nonces of "
        + HUGE_NONCE + " characters");
  }

  @Test
  void aTokenOverItsBudgetIsThrottledAloneUntilTheWindowPasses() throws Exception {
    Credentials flooder = sessionToken();
    Credentials bystander = sessionToken();
    Cases cases = new Cases();
    long before = usedHeapAfterGc();
    for (int i = 0; i < BUDGET; i++) {
      cases.expect("404 ResourceNotFound",
          detect(flooder, project, SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH)), "nonce " + (i + 1));
    }
    long held = usedHeapAfterGc() - before;
    for (int i = 0; i < 20; i++) {
      cases.expect("400 Throttling.User",
          detect(flooder, project, SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH)), "over the budget");
    }
    cases.expect("404 ResourceNotFound", detect(bystander, project, SignedRpcCalls.randomNonce(32)),
        "another token");
    oss.clock.setOffset(RequestTimeWindow.MILLIS + 1_000);
    cases.expect("404 ResourceNotFound", detect(flooder, project, SignedRpcCalls.randomNonce(32)),
        "the flooding token once the window has passed");
    cases.record("a token held its budget of " + BUDGET + " nonces of " + RpcAuthenticator.MAX_NONCE_LENGTH
        + " characters; the heap grew by " + megabytes(held) + " (" + Math.max(0, held / BUDGET) + " bytes a nonce)");
  }

  @Test
  void callsRefusedAsUnauthorisedLeaveTheirNonceUnused() throws Exception {
    Credentials token = sessionToken();
    Cases cases = new Cases();
    for (int i = 0; i < 20; i++) {
      String nonce = SignedRpcCalls.randomNonce(32);
      Map<String, String> assumeRole = SignedRpcCalls.signed(oss.clock, "AssumeRole", "2015-04-01",
          Map.of("RoleArn", oss.cloud.roleArn(), "RoleSessionName", "browser"), token, nonce);
      cases.expect("403 NoPermission", SignedRpcCalls.call(oss.cloud.stsEndpoint(), assumeRole),
          "AssumeRole with a browser's token");
      cases.expect("403 AccessDenied", detect(token, "another-project", nonce), "another project");
      cases.expect("404 ResourceNotFound", detect(token, project, nonce), "the same nonce, allowed");
      cases.expect("400 SignatureNonceUsed", detect(token, project, nonce), "the same nonce again");
    }
    cases.record("");
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
