package dev.ossdirect.localcloud.ram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the key, a browser session's token may write exactly the keys inside its own folder: the
 * decision of the local RAM on random hostile keys ({@link HostileObjectKeys}) always equals that of a
 * reference model, "the key starts with the session's folder". The seed is printed; replay a failure with
 * {@code -Dtest.seed=<seed>}.
 */
class SessionPolicyPropertyTest {

  private static final int CASES = 20_000;
  private static final long SEED = Long.getLong("test.seed", 20_250_301L);
  private static final String BUCKET = "web-direct-upload";
  private static final String OWN = "uploads/0c0ffee0-aaaa-4bbb-8ccc-000000000001/";
  private static final String OTHER = "uploads/0c0ffee0-aaaa-4bbb-8ccc-000000000002/";
  private static final String PROJECT = ResourceNames.immProject("cn-hangzhou", "1234567890123456", "p");

  @Test
  void aSessionTokenWritesExactlyItsOwnFolder() throws Exception {
    System.out.println("SessionPolicyPropertyTest: random seed " + SEED + " (replay with -Dtest.seed=" + SEED + ")");
    HostileObjectKeys keys = new HostileObjectKeys(new Random(SEED), BUCKET, OWN, OTHER);
    PolicyDocument session = PolicyDocument.parse(AppSessionPolicy.document(BUCKET, OWN, PROJECT));
    // The app's role, and one that allows every OSS action everywhere: only the session policy holds it.
    List<EffectivePolicy> tokens = List.of(
        new EffectivePolicy(List.of(PolicyDocument.allowing(List.of("oss:PutObject"),
            List.of("acs:oss:*:*:" + BUCKET + "/uploads/*"))), session),
        new EffectivePolicy(List.of(PolicyDocument.allowing(List.of("oss:*"), List.of("acs:oss:*:*:*"))), session));
    int allowed = 0;
    for (int i = 0; i < CASES; i++) {
      String key = keys.next();
      boolean expected = keys.insideOwnFolder(key);
      String arn = ResourceNames.ossObject("cn-hangzhou", "1234567890123456", BUCKET, key);
      for (EffectivePolicy token : tokens) {
        assertEquals(expected, token.allows("oss:PutObject", arn), "seed " + SEED + ", key " + key);
      }
      allowed += expected ? 1 : 0;
    }
    assertTrue(allowed > CASES / 5 && allowed < CASES / 2, allowed + " of " + CASES + " keys were inside");
  }
}
