package dev.ossdirect.signing.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.oracle.OfficialOssPost.Condition;
import dev.ossdirect.signing.oss.OssPostCondition;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssPostV1Fields;
import dev.ossdirect.signing.oss.OssPostV4Fields;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Randomized comparison of this library's PostObject policies and signatures with Alibaba's Java OSS SDK
 * ({@link OfficialOssPost}): the policy document byte for byte, its Base64, and the V1 and V4 signatures,
 * then verification of what was signed. The seed and the number of cases are those of
 * {@link OfficialSdkOracleTest} ({@code -Doracle.seed}, {@code -Doracle.cases}).
 *
 * <p>Conditions mix every kind, on well-known fields and on random ones, with values that hold the
 * characters JSON escapes, non-ASCII text and 4-byte characters; sizes up to 5 GiB and more; expirations
 * with milliseconds; STS tokens and long-term keys. Left out, because the SDK is ill-defined on them:
 * {@code in} and {@code not-in} with values that need escaping or with names in upper case (it writes both
 * raw and lower-cases the name), and exact matches on the names it restricts to other matches
 * ({@code content-length-range}).
 */
class OfficialSdkPostOracleTest {

  private static final String[] FIELDS = {
    "key", "bucket", "Content-Type", "content-type", "x-oss-forbid-overwrite", "success_action_status",
    "Cache-Control", "Content-Disposition", "x-oss-meta-owner", "x-oss-security-token"
  };

  @BeforeAll
  static void printSeed() {
    System.out.println("PostObject oracle: seed " + OfficialSdkOracleTest.SEED + ", "
        + OfficialSdkOracleTest.CASES + " cases per scheme (replay with -Doracle.seed="
        + OfficialSdkOracleTest.SEED + ")");
  }

  @TestFactory
  DynamicContainer postV1() {
    return OfficialSdkOracleTest.container("OSS PostObject V1", 8, (in, index) -> postCase(in, index, false));
  }

  @TestFactory
  DynamicContainer postV4() {
    return OfficialSdkOracleTest.container("OSS PostObject V4", 9, (in, index) -> postCase(in, index, true));
  }

  private DynamicTest postCase(RandomInputs in, int index, boolean v4) {
    long expirationMillis = OfficialSdkOracleTest.millis(in);
    List<Condition> conditions = new ArrayList<>();
    int count = in.between(0, 6);
    for (int i = 0; i < count; i++) {
      conditions.add(condition(in));
    }
    Credentials credentials = OfficialSdkOracleTest.credentials(in, in.secret(false));
    String region = in.pick(OfficialSdkOracleTest.REGIONS);
    long signedAt = OfficialSdkOracleTest.millis(in);
    return DynamicTest.dynamicTest(
        OfficialSdkOracleTest.name(index, conditions.size() + " conditions, expiring "
            + UtcTimestamps.formatIso8601Millis(expirationMillis)),
        () -> {
          OssPostPolicy.Builder policy = OssPostPolicy.builder(expirationMillis);
          conditions.forEach(condition -> policy.condition(library(condition)));
          Map<String, String> fields =
              v4
                  ? new OssPostSignatureV4(region, Clock.fixed(signedAt)).sign(policy.build(), credentials)
                  : OssPostSignatureV1.sign(policy.build(), credentials);

          List<Condition> signed = new ArrayList<>(conditions);
          signed.addAll(addedBySigner(v4, credentials, region, signedAt));
          String expectedPolicy = OfficialOssPost.policy(expirationMillis, signed);
          assertEquals(OfficialOssPost.encoded(expectedPolicy), fields.get("policy"), expectedPolicy);
          if (v4) {
            assertEquals(
                OfficialOssPost.v4Signature(
                    credentials.accessKeyId(), credentials.accessKeySecret(), region, signedAt, expectedPolicy),
                fields.get("x-oss-signature"));
            OssPostV4Fields received = OssPostV4Fields.parse(fields);
            assertTrue(OssPostSignatureV4.verify(received, credentials.accessKeySecret()).matches());
            assertFalse(OssPostSignatureV4.verify(received, credentials.accessKeySecret() + "x").matches());
          } else {
            assertEquals(
                OfficialOssPost.v1Signature(
                    credentials.accessKeyId(), credentials.accessKeySecret(), expectedPolicy),
                fields.get("Signature"));
            OssPostV1Fields received = OssPostV1Fields.parse(fields);
            assertTrue(OssPostSignatureV1.verify(received, credentials.accessKeySecret()).matches());
            assertFalse(OssPostSignatureV1.verify(received, credentials.accessKeySecret() + "x").matches());
          }
        });
  }

  /** The conditions the library's signer appends, as the SDK user would add them. */
  private static List<Condition> addedBySigner(
      boolean v4, Credentials credentials, String region, long signedAt) {
    List<Condition> added = new ArrayList<>();
    if (v4) {
      String dateTime = OfficialOssV4.dateTime(signedAt / 1000);
      added.add(Condition.exact("x-oss-signature-version", "OSS4-HMAC-SHA256"));
      added.add(Condition.exact("x-oss-credential", credentials.accessKeyId() + "/" + dateTime.substring(0, 8)
          + "/" + region + "/oss/aliyun_v4_request"));
      added.add(Condition.exact("x-oss-date", dateTime));
    }
    if (credentials.isTemporary()) {
      added.add(Condition.exact("x-oss-security-token", credentials.securityToken()));
    }
    return added;
  }

  private static Condition condition(RandomInputs in) {
    int kind = in.between(0, 9);
    String field = in.chance(0.7) ? in.pick(FIELDS) : in.jsonText(1, 12);
    if (kind <= 2) {
      return Condition.exact(field, in.jsonText(0, 40));
    } else if (kind <= 4) {
      return Condition.eq(field, in.jsonText(0, 40));
    } else if (kind <= 6) {
      return Condition.startsWith(field, in.jsonText(0, 40));
    } else if (kind == 7) {
      long max = in.chance(0.3) ? (long) (in.random().nextDouble() * 6L * 1024 * 1024 * 1024) : in.between(0, 1000);
      return Condition.contentLengthRange(in.chance(0.3) ? max : (long) (in.random().nextDouble() * max), max);
    }
    List<String> values = new ArrayList<>();
    int count = in.between(1, 4);
    for (int i = 0; i < count; i++) {
      values.add(in.ascii(0, 12));
    }
    String name = "x-" + in.ascii(1, 10).toLowerCase(Locale.ROOT);
    return kind == 8 ? Condition.in(name, values) : Condition.notIn(name, values);
  }

  private static OssPostCondition library(Condition condition) {
    return switch (condition.match()) {
      case "exact" -> OssPostCondition.exact(condition.field(), condition.values().get(0));
      case "eq" -> OssPostCondition.equal(condition.field(), condition.values().get(0));
      case "starts-with" -> OssPostCondition.startsWith(condition.field(), condition.values().get(0));
      case "in" -> OssPostCondition.in(condition.field(), condition.values());
      case "not-in" -> OssPostCondition.notIn(condition.field(), condition.values());
      default -> OssPostCondition.contentLengthRange(condition.min(), condition.max());
    };
  }
}
