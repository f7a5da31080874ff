package dev.ossdirect.localcloud.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.TestClock;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alibaba's STS SDK calls AssumeRole on the local STS, once signing with ACS3 (the SDK's default) and once
 * with RPC signature V1.
 */
class AssumeRoleWithOfficialSdkTest {

  @TempDir static Path dataDir;
  private static final TestClock CLOCK = new TestClock();
  private static LocalCloud cloud;

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir).clock(CLOCK));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  @BeforeEach
  void resetClock() {
    CLOCK.setOffset(0);
  }

  static Client sts(String accessKeyId, String secret, String securityToken, String signatureAlgorithm)
      throws Exception {
    Config config = new Config()
        .setAccessKeyId(accessKeyId)
        .setAccessKeySecret(secret)
        .setSecurityToken(securityToken)
        .setEndpoint(cloud.stsEndpoint().getAuthority())
        .setProtocol("http")
        .setRegionId(cloud.region());
    config.signatureAlgorithm = signatureAlgorithm;
    return new Client(config);
  }

  static Client sts(String signatureAlgorithm) throws Exception {
    return sts(cloud.ramUserAccessKey().accessKeyId(), cloud.ramUserAccessKey().accessKeySecret(), null,
        signatureAlgorithm);
  }

  private static AssumeRoleRequest request() {
    return new AssumeRoleRequest().setRoleArn(cloud.roleArn()).setRoleSessionName("session-1");
  }

  private static TeaException failure(Client client, AssumeRoleRequest request) {
    return assertThrows(TeaException.class, () -> client.assumeRole(request));
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void issuesCredentialsWithAndWithoutASessionPolicy(String signature) throws Exception {
    long before = cloud.assumeRoleCount();
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials plain =
        sts(signature).assumeRole(request().setDurationSeconds(900L)).getBody().getCredentials();
    assertTrue(plain.getAccessKeyId().startsWith("STS."));
    assertNotNull(plain.getAccessKeySecret());
    assertNotNull(plain.getSecurityToken());
    long expiresIn = UtcTimestamps.parseIso8601(plain.getExpiration()) - System.currentTimeMillis();
    assertTrue(expiresIn > 890_000 && expiresIn <= 900_000, "expires in " + expiresIn);

    String policy = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\","
        + "\"Resource\":\"acs:oss:*:*:web-direct-upload/uploads/session-1/*\"}]}";
    AssumeRoleResponseBody narrowed = sts(signature).assumeRole(request().setPolicy(policy)).getBody();
    assertTrue(narrowed.getCredentials().getAccessKeyId().startsWith("STS."));
    assertEquals(cloud.roleArn() + "/session-1", narrowed.getAssumedRoleUser().getArn());
    assertEquals(before + 2, cloud.assumeRoleCount());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void wrongSecretIsSignatureDoesNotMatch(String signature) throws Exception {
    Client client = sts(cloud.ramUserAccessKey().accessKeyId(), "wrong-secret", null, signature);
    TeaException e = failure(client, request());
    assertEquals("SignatureDoesNotMatch", e.getCode());
    assertEquals(400, e.getStatusCode());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void invalidParametersGetTheirDocumentedCodes(String signature) throws Exception {
    Client client = sts(signature);
    assertEquals("InvalidParameter.RoleArn", failure(client, request().setRoleArn("arn:not-a-role")).getCode());
    assertEquals("EntityNotExist.Role",
        failure(client, request().setRoleArn("acs:ram::1234567890123456:role/nobody")).getCode());
    assertEquals("InvalidParameter.RoleSessionName", failure(client, request().setRoleSessionName("a")).getCode());
    assertEquals("InvalidParameter.RoleSessionName",
        failure(client, request().setRoleSessionName("has space")).getCode());
    assertEquals("InvalidParameter.DurationSeconds", failure(client, request().setDurationSeconds(899L)).getCode());
    assertEquals("InvalidParameter.DurationSeconds", failure(client, request().setDurationSeconds(3601L)).getCode());
    assertEquals("InvalidParameter.PolicyGrammar", failure(client, request().setPolicy("{\"Version\":\"1\"")).getCode());
    assertEquals("InvalidParameter.PolicyGrammar",
        failure(client, request().setPolicy("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\"}]}")).getCode());
    String huge = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:b/"
        + "x".repeat(2100) + "\"}]}";
    assertEquals("InvalidParameter.PolicySize", failure(client, request().setPolicy(huge)).getCode());
    assertEquals("MissingRoleArn", failure(client, request().setRoleArn(null)).getCode());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void unknownKeysAndForbiddenCallersAreRefused(String signature) throws Exception {
    assertEquals("InvalidAccessKeyId.NotFound",
        failure(sts("test-no-such-key", "secret", null, signature), request()).getCode());
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials sts =
        sts(signature).assumeRole(request()).getBody().getCredentials();
    Client temporary = sts(sts.getAccessKeyId(), sts.getAccessKeySecret(), sts.getSecurityToken(), signature);
    TeaException noPermission = failure(temporary, request());
    assertEquals("NoPermission", noPermission.getCode());
    assertEquals(403, noPermission.getStatusCode());
    Client tokenless = sts(sts.getAccessKeyId(), sts.getAccessKeySecret(), null, signature);
    assertEquals("MissingSecurityToken", failure(tokenless, request()).getCode());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void requestsMoreThanFifteenMinutesOffAreRefused(String signature) throws Exception {
    Client client = sts(signature);
    CLOCK.setOffset(14 * 60_000);
    client.assumeRole(request());
    CLOCK.setOffset(-14 * 60_000);
    client.assumeRole(request());
    CLOCK.setOffset(16 * 60_000);
    assertEquals("InvalidTimeStamp.Expired", failure(client, request()).getCode());
    CLOCK.setOffset(-16 * 60_000);
    assertEquals("InvalidTimeStamp.Expired", failure(client, request()).getCode());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void expiredCredentialsAreRefused(String signature) throws Exception {
    // Issued 14 minutes in the past for 15 minutes, the credential expires a minute from now: moving the
    // local clock two minutes ahead expires it while requests stay within the timestamp window.
    CLOCK.setOffset(-14 * 60_000);
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials sts =
        sts(signature).assumeRole(request().setDurationSeconds(900L)).getBody().getCredentials();
    Client temporary = sts(sts.getAccessKeyId(), sts.getAccessKeySecret(), sts.getSecurityToken(), signature);
    CLOCK.setOffset(0);
    assertEquals("NoPermission", failure(temporary, request()).getCode());
    CLOCK.setOffset(2 * 60_000);
    assertEquals("InvalidSecurityToken.Expired", failure(temporary, request()).getCode());
  }

  private static final String POLICY_HEAD = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:web-direct-upload/uploads/";
  private static final String POLICY_TAIL = "/*\"}]}";
  /** How many one-byte characters in the policy's folder make it exactly 2048 bytes. */
  private static final int POLICY_FILL = 2048 - POLICY_HEAD.length() - POLICY_TAIL.length();

  private static AssumeRoleRequest withPolicyFolder(String folder) {
    return request().setPolicy(POLICY_HEAD + folder + POLICY_TAIL);
  }

  private static int bytes(AssumeRoleRequest request) {
    return request.getPolicy().getBytes(StandardCharsets.UTF_8).length;
  }

  /** STS documents the limit as "The size of Policy must be smaller than 2048 bytes", up to 2048 included. */
  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void aPolicyOf2048BytesIsAcceptedAndOneByteMoreIsPolicySize(String signature) throws Exception {
    Client client = sts(signature);
    AssumeRoleRequest exact = withPolicyFolder("x".repeat(POLICY_FILL));
    assertEquals(2048, bytes(exact));
    assertTrue(client.assumeRole(exact).getBody().getCredentials().getAccessKeyId().startsWith("STS."));

    AssumeRoleRequest over = withPolicyFolder("x".repeat(POLICY_FILL + 1));
    assertEquals(2049, bytes(over));
    TeaException refused = failure(client, over);
    assertEquals("InvalidParameter.PolicySize", refused.getCode());
    assertEquals(400, refused.getStatusCode());
    assertTrue(refused.getMessage().contains("2048 bytes"), refused.getMessage());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void thePolicyLimitCountsBytesNotCharacters(String signature) throws Exception {
    Client client = sts(signature);
    AssumeRoleRequest fits = withPolicyFolder("é" + "x".repeat(POLICY_FILL - 2));
    assertEquals(2048, bytes(fits));
    assertTrue(client.assumeRole(fits).getBody().getCredentials().getAccessKeyId().startsWith("STS."));

    AssumeRoleRequest over = withPolicyFolder("é" + "x".repeat(POLICY_FILL - 1));
    assertEquals(2048, over.getPolicy().length());
    assertEquals(2049, bytes(over));
    assertEquals("InvalidParameter.PolicySize", failure(client, over).getCode());
  }
}
