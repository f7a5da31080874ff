package dev.ossdirect.reliability.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.localcloud.ram.HostileObjectKeys;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.RunProfile;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.server.SessionPolicy;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.oss.OssSignatureV1;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * RAM matches a policy's resource ARN segment by segment, so that the {@code *} of the region or account
 * in the server's session policy ({@code acs:oss:*:*:<bucket>/uploads/<session>/*}) cannot swallow part of
 * an object key. A session's token, with the server's own session policy over a role that allows every
 * OSS action, PUTs keys that spell its ARN after a colon (each one already an object of someone else, which
 * must stay intact), then random hostile keys: a key is written exactly when it lies inside the session's
 * folder. The random keys' seed is printed; replay with {@code -Dtest.seed=<seed>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArnSegmentsTest {

  private static final String BUCKET = OssTestCloud.BUCKET;
  private static final String ALICE = "uploads/3b0c5c9e-6f0e-4d4e-8f6f-a11ce0000001/";
  private static final String BOB = "uploads/3b0c5c9e-6f0e-4d4e-8f6f-b0b000000002/";

  private OssTestCloud oss;
  private SignedRequests admin;
  private List<SignedRequests> alice;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    String everyObject = OssTestCloud.allow("oss:*", "acs:oss:*:*:*");
    oss = OssTestCloud.start(dataDir, config -> config
        .rolePolicies(List.of(everyObject))
        .userPolicies(List.of(OssTestCloud.allow("sts:AssumeRole", "*"), everyObject)));
    String project =
        ResourceNames.immProject(oss.cloud.region(), oss.cloud.accountId(), oss.cloud.config().immProject());
    Credentials token = oss.assumeRole(3600, SessionPolicy.document(BUCKET, ALICE, project));
    admin = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.cloud.ramUserAccessKey(), oss.clock);
    alice = List.of(new SignedRequests(oss.ossPort(), new OssSignatureV1(oss.clock), token),
        new SignedRequests(oss.ossPort(), oss.cloud.region(), token, oss.clock));
  }

  @AfterAll
  void stop() {
    oss.close();
  }

  @Test
  void keysSpellingTheSessionsArnCannotOverwriteAnyoneElsesObjects() throws Exception {
    List<String> keys = List.of(
        BOB + "x:y:" + BUCKET + "/" + ALICE + "z.png",
        "index.html:y:" + BUCKET + "/" + ALICE + "z",
        "x:" + oss.cloud.region() + ":" + oss.cloud.accountId() + ":" + BUCKET + "/" + ALICE + "z",
        "uploads/:*:*:" + BUCKET + "/" + ALICE + "z");
    Map<String, String> objects = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byte[] bytes = OssBytes.random(1000 + i, i);
      assertEquals(200, admin.send("PUT", BUCKET, keys.get(i), Map.of(), bytes).status());
      objects.put(keys.get(i), StoredObjects.md5(bytes));
    }
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (String key : keys) {
      for (SignedRequests signed : alice) {
        cases++;
        Answer answer = Answer.of(signed.send("PUT", BUCKET, key, Map.of(), new byte[] {1, 2, 3}));
        if (!answer.isError(403, "AccessDenied")) {
          wrong.add(key + " got " + answer);
        }
      }
    }
    int lost = lost(objects);
    Ledger.record(Tally.of(Row.POLICY_ARN_SEGMENTS, cases, cases - wrong.size(), lost));
    assertEquals(List.of(), wrong);
    assertEquals(0, lost, "objects of others were overwritten");
  }

  @Test
  void randomHostileKeysAreWrittenOnlyInsideTheSessionsFolder() throws Exception {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("ArnSegmentsTest: random seed " + seed + " (replay with -Dtest.seed=" + seed + ")");
    HostileObjectKeys keys = new HostileObjectKeys(new Random(seed), BUCKET, ALICE, BOB);
    int cases = RunProfile.choose(400, 4000);
    Map<String, String> written = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      String key = keys.next();
      while (key.isEmpty()) {
        key = keys.next();
      }
      byte[] bytes = OssBytes.random(64 + i % 64, seed + i);
      Answer answer = Answer.of(alice.get(i % 2).send("PUT", BUCKET, key, Map.of(), bytes));
      boolean inside = keys.insideOwnFolder(key);
      boolean invalidName = answer.isError(400, "InvalidObjectName");
      boolean right = inside
          ? answer.status() == 200 || invalidName
          : (answer.isError(403, "AccessDenied") || invalidName) && stored(key).isEmpty();
      if (inside && answer.status() == 200) {
        written.put(key, StoredObjects.md5(bytes));
      }
      if (!right) {
        wrong.add("key " + key + " (" + (inside ? "inside" : "outside") + ") got " + answer);
      }
    }
    int lost = lost(written);
    Ledger.record(Tally.of(Row.POLICY_ARN_SEGMENTS, cases, cases - wrong.size(), lost)
        .withNote(written.size() + " of " + cases + " random keys were inside the folder and written"));
    assertEquals(List.of(), wrong, "seed " + seed);
    assertEquals(0, lost, "seed " + seed + ": objects written inside the folder are missing or changed");
  }

  private Optional<String> stored(String key) {
    return StoredObjects.md5(oss.cloud.objectStore(), BUCKET, key);
  }

  /** How many of {@code objects} (key to MD5) are missing or changed. */
  private int lost(Map<String, String> objects) {
    int lost = 0;
    for (Map.Entry<String, String> object : objects.entrySet()) {
      lost += stored(object.getKey()).equals(Optional.of(object.getValue())) ? 0 : 1;
    }
    return lost;
  }
}
