package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.common.utils.BinaryUtil;
import com.aliyun.oss.model.MatchMode;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.PolicyConditions;
import dev.ossdirect.signing.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forms whose policy Alibaba's Java OSS SDK wrote and signed ({@code OSSClient.generatePostPolicy} and
 * {@code calculatePostSignature}, V1 and V4) with STS credentials from the local STS, as a server using
 * the SDK would hand them to a browser: the local OSS stores what they allow, as the same SDK then reads
 * back, and refuses what they do not.
 */
class PostObjectWithOfficialSdkTest {

  private static final DateTimeFormatter X_OSS_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static Credentials sts;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    sts = oss.assumeRole();
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void storesWhatAnSdkSignedPolicyAllows(SignVersion version) throws Exception {
    OSS client = oss.client(version, sts);
    String key = "uploads/sdk-post/" + version + "/photo 照片.jpg";
    byte[] file = OssBytes.random(150_000, version.ordinal());

    Map<String, String> fields = signedBySdk(client, version, key, file.length);
    RawHttp.Response response = PostForms.form()
        .fields(fields)
        .field("key", key)
        .field("success_action_status", "201")
        .file("photo.jpg", "image/jpeg", file)
        .post(oss.ossPort(), "/" + BUCKET);
    assertEquals(201, response.status(), response.text());
    assertTrue(response.text().contains("<Key>" + key + "</Key>"), response.text());

    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(file, object.getObjectContent().readAllBytes());
      assertEquals("image/jpeg", object.getObjectMetadata().getContentType());
    }

    RawHttp.Response tooLarge = PostForms.form()
        .fields(fields)
        .field("key", key)
        .file("photo.jpg", "image/jpeg", OssBytes.random(file.length + 1, 9))
        .post(oss.ossPort(), "/" + BUCKET);
    assertEquals(400, tooLarge.status(), tooLarge.text());
    assertTrue(tooLarge.text().contains("<Code>EntityTooLarge</Code>"), tooLarge.text());
    client.shutdown();
  }

  /**
   * The fields a server using the SDK hands out: a policy for exactly {@code key} and {@code size} bytes of
   * JPEG, with, for V4, the signature fields among its conditions as OSS requires, and the STS token.
   */
  private static Map<String, String> signedBySdk(OSS client, SignVersion version, String key, long size)
      throws Exception {
    Date now = new Date(oss.clock.currentTimeMillis());
    String dateTime = X_OSS_DATE.format(Instant.ofEpochMilli(now.getTime()));
    String credential = sts.accessKeyId() + "/" + dateTime.substring(0, 8) + "/" + oss.cloud.region()
        + "/oss/aliyun_v4_request";
    PolicyConditions conditions = new PolicyConditions();
    conditions.addConditionItem("bucket", BUCKET);
    conditions.addConditionItem(MatchMode.Exact, PolicyConditions.COND_KEY, key);
    conditions.addConditionItem(PolicyConditions.COND_CONTENT_LENGTH_RANGE, size, size);
    conditions.addConditionItem(PolicyConditions.COND_CONTENT_TYPE, "image/jpeg");
    conditions.addConditionItem("x-oss-security-token", sts.securityToken());
    if (version == SignVersion.V4) {
      conditions.addConditionItem("x-oss-signature-version", "OSS4-HMAC-SHA256");
      conditions.addConditionItem("x-oss-credential", credential);
      conditions.addConditionItem("x-oss-date", dateTime);
    }
    String policy = client.generatePostPolicy(new Date(now.getTime() + 600_000), conditions);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("policy", BinaryUtil.toBase64String(policy.getBytes(StandardCharsets.UTF_8)));
    fields.put("x-oss-security-token", sts.securityToken());
    if (version == SignVersion.V4) {
      fields.put("x-oss-signature-version", "OSS4-HMAC-SHA256");
      fields.put("x-oss-credential", credential);
      fields.put("x-oss-date", dateTime);
      fields.put("x-oss-signature", client.calculatePostSignature(policy, now));
    } else {
      fields.put("OSSAccessKeyId", sts.accessKeyId());
      fields.put("Signature", client.calculatePostSignature(policy));
    }
    return fields;
  }
}
