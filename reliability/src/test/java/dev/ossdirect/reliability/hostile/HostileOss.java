package dev.ossdirect.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.oss.DataFolder;
import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.reliability.wire.Answer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A local cloud for hostile requests, and the checks every such request must pass. The cloud's data
 * folder is {@code <root>/data}; its RAM user may do anything on OSS, so that no policy hides what the
 * storage itself does with a request; and a few canary objects are stored first, to prove that nothing
 * hostile damages what is already there.
 *
 * <p>After each request: the answer is what the case expects, nothing changed anywhere under
 * {@code <root>} (the data folder's parent) unless the request was accepted, and even then nothing outside
 * the data folder; no temporary file is left; every canary is intact.
 */
final class HostileOss implements AutoCloseable {

  static final String BUCKET = OssTestCloud.BUCKET;
  private static final int CANARIES = 3;

  final Path root;
  final OssTestCloud oss;
  final SignedRequests signed;
  private final Map<String, String> canaries = new LinkedHashMap<>();

  private HostileOss(Path root, UnaryOperator<LocalCloudConfig> customization) throws Exception {
    this.root = root;
    this.oss = OssTestCloud.start(root.resolve("data"), config -> customization.apply(config.userPolicies(List.of(
        OssTestCloud.allow("sts:AssumeRole", "*"), OssTestCloud.allow("oss:*", "acs:oss:*:*:*")))));
    this.signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.cloud.ramUserAccessKey(), oss.clock);
    for (int i = 0; i < CANARIES; i++) {
      String key = "uploads/canary-" + i + ".bin";
      byte[] bytes = OssBytes.random(10_000 + i, 1000 + i);
      assertEquals(200, signed.send("PUT", BUCKET, key, Map.of(), bytes).status());
      canaries.put(key, StoredObjects.md5(bytes));
    }
  }

  /** A hostile cloud under {@code root}, configured as the tests need. */
  static HostileOss start(Path root) throws Exception {
    return new HostileOss(root, UnaryOperator.identity());
  }

  /** A hostile cloud under {@code root} whose configuration {@code customization} changes further. */
  static HostileOss start(Path root, UnaryOperator<LocalCloudConfig> customization) throws Exception {
    return new HostileOss(root, customization);
  }

  /** A request of a hostile case. */
  @FunctionalInterface
  interface HostileRequest {
    Answer send() throws Exception;
  }

  /**
   * Sends {@code request} and checks it as the class describes, recording the case against {@code row}:
   * the answer must satisfy {@code expected}, named {@code expectation} in failures.
   */
  void check(Row row, HostileRequest request, Predicate<Answer> expected, String expectation) throws Exception {
    List<String> before = DataFolder.tree(root);
    Answer answer = request.send();
    List<String> after = DataFolder.tree(root);
    boolean answered = expected.test(answer);
    boolean treeKept = answer.accepted() ? outsideData(before).equals(outsideData(after)) : before.equals(after);
    boolean noTemporaryFile = DataFolder.temporaryFiles(oss.dataDir).isEmpty();
    int lost = lostCanaries();
    Ledger.record(Tally.of(row, 1, answered && treeKept && noTemporaryFile && lost == 0 ? 1 : 0, lost));
    assertTrue(answered, "expected " + expectation + ", got " + answer);
    assertTrue(treeKept, "the request changed files it must not: " + before + " became " + after);
    assertTrue(noTemporaryFile, "a temporary file was left: " + DataFolder.temporaryFiles(oss.dataDir));
    assertEquals(0, lost, "canary objects were lost or changed");
  }

  /** Checks that {@code request} gets error {@code code} with {@code status} in OSS's XML format. */
  void checkRefused(Row row, HostileRequest request, int status, String code) throws Exception {
    check(row, request, answer -> answer.isError(status, code), status + " " + code);
  }

  /** How many canaries are missing or changed. */
  int lostCanaries() {
    int lost = 0;
    for (Map.Entry<String, String> canary : canaries.entrySet()) {
      Optional<String> md5 = StoredObjects.md5(oss.cloud.objectStore(), BUCKET, canary.getKey());
      lost += md5.equals(Optional.of(canary.getValue())) ? 0 : 1;
    }
    return lost;
  }

  private static List<String> outsideData(List<String> tree) {
    return tree.stream().filter(entry -> !entry.startsWith("data/")).toList();
  }

  @Override
  public void close() {
    oss.close();
  }
}
