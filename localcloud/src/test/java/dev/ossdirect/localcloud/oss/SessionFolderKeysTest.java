package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.ram.AppSessionPolicy;
import dev.ossdirect.localcloud.ram.HostileObjectKeys;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.oss.OssSignatureV1;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Through the real OSS endpoint, a browser session's token (from STS, with the app's session policy) writes
 * only into its own folder, whatever its keys spell: keys that hold another ARN's region, account, bucket
 * and the session's own folder after a colon are refused with {@code AccessDenied} and store nothing.
 */
class SessionFolderKeysTest {

  private static final String ALICE = "uploads/5d0e6c1a-7b7f-4f5e-9a51-a11ce0000001/";
  private static final String BOB = "uploads/5d0e6c1a-7b7f-4f5e-9a51-b0b000000002/";
  private static final byte[] BODY = "not really a picture".getBytes(StandardCharsets.UTF_8);
  private static final long SEED = Long.getLong("test.seed", 20_250_302L);

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static Credentials alice;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    String project = ResourceNames.immProject(oss.cloud.region(), oss.cloud.accountId(),
        oss.cloud.config().immProject());
    alice = oss.assumeRole(3600, AppSessionPolicy.document(BUCKET, ALICE, project));
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  private static SignedRequests signedBy(String version) {
    return version.equals("V1")
        ? new SignedRequests(oss.ossPort(), new OssSignatureV1(oss.clock), alice)
        : new SignedRequests(oss.ossPort(), oss.cloud.region(), alice, oss.clock);
  }

  private static boolean stored(String key) throws Exception {
    Optional<StoredObject> object = oss.cloud.objectStore().open(BUCKET, key);
    if (object.isPresent()) {
      object.get().close();
    }
    return object.isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"V1", "V4"})
  void keysSpellingTheSessionsArnAfterAColonAreDenied(String version) throws Exception {
    SignedRequests signed = signedBy(version);
    for (String key : List.of(
        BOB + "x:y:" + BUCKET + "/" + ALICE + "z.png",
        "index.html:y:" + BUCKET + "/" + ALICE + "z",
        "x:" + oss.cloud.region() + ":" + oss.cloud.accountId() + ":" + BUCKET + "/" + ALICE + "z")) {
      RawHttp.Response response = signed.send("PUT", BUCKET, key, Map.of(), BODY);
      assertEquals(403, response.status(), key + ": " + response.text());
      assertTrue(response.text().contains("<Code>AccessDenied</Code>"), response.text());
      assertFalse(stored(key), key);
    }
    String own = ALICE + version + "-z.png";
    RawHttp.Response response = signed.send("PUT", BUCKET, own, Map.of(), BODY);
    assertEquals(200, response.status(), response.text());
    assertTrue(stored(own));
  }

  @Test
  void randomHostileKeysReachNothingOutsideTheOwnFolder() throws Exception {
    System.out.println("SessionFolderKeysTest: random seed " + SEED + " (replay with -Dtest.seed=" + SEED + ")");
    HostileObjectKeys keys = new HostileObjectKeys(new Random(SEED), BUCKET, ALICE, BOB);
    SignedRequests signed = signedBy("V1");
    int written = 0;
    for (int i = 0; i < 300; i++) {
      String key = keys.next();
      if (key.isEmpty()) {
        continue;
      }
      RawHttp.Response response = signed.send("PUT", BUCKET, key, Map.of(), BODY);
      String what = "seed " + SEED + ", key " + key + ": " + response.status() + " " + response.text();
      if (keys.insideOwnFolder(key)) {
        assertTrue(response.status() == 200 || response.text().contains("<Code>InvalidObjectName</Code>"), what);
        written += response.status() == 200 ? 1 : 0;
      } else {
        assertTrue(response.text().contains("<Code>AccessDenied</Code>")
            || response.text().contains("<Code>InvalidObjectName</Code>"), what);
        assertFalse(stored(key), what);
      }
    }
    assertTrue(written > 30, written + " keys inside the own folder were written");
  }
}
