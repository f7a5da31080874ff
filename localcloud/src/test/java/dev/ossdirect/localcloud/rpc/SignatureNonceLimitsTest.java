package dev.ossdirect.localcloud.rpc;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.auth.RequestTimeWindow;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.ram.AppSessionPolicy;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3RequestSigner;
import dev.ossdirect.signing.acs3.Acs3Signature;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds on signature nonces, through the real STS and IMM endpoints: the longest nonce accepted, the
 * budget of nonces an access key may hold at once, and that a call the caller may not make leaves its
 * nonce unused.
 */
class SignatureNonceLimitsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String FOLDER = "uploads/5d0e6c1a-7b7f-4f5e-9a51-a11ce0000001/";

  @TempDir Path dataDir;
  private OssTestCloud oss;

  @AfterEach
  void stop() {
    if (oss != null) {
      oss.close();
    }
  }

  /**
   * A local cloud whose RAM user may assume only the role, changed further by {@code customization}; the
   * role's policies are OssTestCloud's.
   */
  private OssTestCloud start(UnaryOperator<LocalCloudConfig> customization) {
    oss = OssTestCloud.start(dataDir, config -> customization.apply(config.userPolicies(List.of(
        OssTestCloud.allow("sts:AssumeRole", ResourceNames.role(config.accountId(), config.roleName()))))));
    return oss;
  }

  /** A browser session's token: the role narrowed by the app's session policy. */
  private Credentials sessionToken() throws Exception {
    return oss.assumeRole(3600, AppSessionPolicy.document(BUCKET, FOLDER, project(projectName())));
  }

  private String projectName() {
    return oss.cloud.config().immProject();
  }

  private String project(String name) {
    return ResourceNames.immProject(oss.cloud.region(), oss.cloud.accountId(), name);
  }

  private Map<String, String> rpcV1(String action, String version, Map<String, String> parameters,
      Credentials credentials, String nonce) {
    return SignedRpcCalls.signed(oss.clock, action, version, parameters, credentials, nonce);
  }

  private Map<String, String> assumeRole(String roleArn, String nonce) {
    return rpcV1("AssumeRole", "2015-04-01", Map.of("RoleArn", roleArn, "RoleSessionName", "limits"),
        oss.cloud.ramUserAccessKey(), nonce);
  }

  private Map<String, String> detect(Credentials token, String project, String key, String nonce) {
    return rpcV1("DetectImageFaces", "2020-09-30",
        Map.of("ProjectName", project, "SourceURI", "oss://" + BUCKET + "/" + key), token, nonce);
  }

  private String sts(Map<String, String> parameters) throws Exception {
    return SignedRpcCalls.call(oss.cloud.stsEndpoint(), parameters);
  }

  private String imm(Map<String, String> parameters) throws Exception {
    return SignedRpcCalls.call(oss.cloud.immEndpoint(), parameters);
  }

  /** An ACS3 DetectImageFaces call with {@code nonce}, and its answer's code. */
  private String acs3Detect(Credentials token, String nonce) throws Exception {
    SignableRequest signed = new Acs3RequestSigner(oss.clock, RANDOM::nextBytes).signRpcCall("POST",
        oss.cloud.immEndpoint().getAuthority(), "DetectImageFaces", "2020-09-30",
        Map.of("ProjectName", projectName(), "SourceURI", "oss://" + BUCKET + "/" + FOLDER + "missing.png"), token);
    SignableRequest withNonce = signed.toBuilder().header("x-acs-signature-nonce", nonce).build();
    String authorization = Acs3Signature.sign(withNonce, token.accessKeyId(), token.accessKeySecret());
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(oss.cloud.immEndpoint() + "/?" + QueryString.format(withNonce.query())))
        .POST(HttpRequest.BodyPublishers.noBody());
    withNonce.headers().forEach((name, value) -> {
      if (!name.equals("host") && !name.equals("authorization")) {
        request.header(name, value);
      }
    });
    request.header("Authorization", authorization);
    return SignedRpcCalls.codeOf(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void aNonceOfExactlyTheLimitIsAcceptedAndOneCharacterMoreIsRefused() throws Exception {
    start(UnaryOperator.identity());
    String longest = SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH);
    assertEquals("200", sts(assumeRole(oss.cloud.roleArn(), longest)));
    assertEquals("400 SignatureNonceUsed", sts(assumeRole(oss.cloud.roleArn(), longest)));
    assertEquals("400 InvalidParameter",
        sts(assumeRole(oss.cloud.roleArn(), SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH + 1))));
    assertEquals("400 InvalidParameter", sts(assumeRole(oss.cloud.roleArn(), SignedRpcCalls.randomNonce(900_000))));

    Credentials token = sessionToken();
    String missing = FOLDER + "missing.png";
    assertEquals("404 ResourceNotFound",
        imm(detect(token, projectName(), missing, SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH))));
    assertEquals("400 InvalidParameter",
        imm(detect(token, projectName(), missing, SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH + 1))));
    String acs3Longest = SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH);
    assertEquals("404 ResourceNotFound", acs3Detect(token, acs3Longest));
    assertEquals("400 SignatureNonceUsed", acs3Detect(token, acs3Longest));
    assertEquals("400 InvalidParameter",
        acs3Detect(token, SignedRpcCalls.randomNonce(RpcAuthenticator.MAX_NONCE_LENGTH + 1)));
  }

  @Test
  void aCallTheCallerMayNotMakeLeavesItsNonceUnused() throws Exception {
    start(UnaryOperator.identity());
    String nonce = SignedRpcCalls.randomNonce(32);
    String otherRole = ResourceNames.role(oss.cloud.accountId(), "another-role");
    assertEquals("403 NoPermission", sts(assumeRole(otherRole, nonce)));
    assertEquals("200", sts(assumeRole(oss.cloud.roleArn(), nonce)));
    assertEquals("400 SignatureNonceUsed", sts(assumeRole(oss.cloud.roleArn(), nonce)));

    Credentials token = sessionToken();
    assertEquals("403 NoPermission", sts(rpcV1("AssumeRole", "2015-04-01",
        Map.of("RoleArn", oss.cloud.roleArn(), "RoleSessionName", "browser"), token, nonce)));
    String key = FOLDER + Fixtures.COFFEE;
    OSS client = oss.client(SignVersion.V4, token);
    try {
      client.putObject(BUCKET, key, new ByteArrayInputStream(Fixtures.bytes(Fixtures.COFFEE)));
    } finally {
      client.shutdown();
    }
    assertEquals("403 AccessDenied", imm(detect(token, "another-project", key, nonce)));
    assertEquals("200", imm(detect(token, projectName(), key, nonce)));
    assertEquals("400 SignatureNonceUsed", imm(detect(token, projectName(), key, nonce)));
  }

  @Test
  void anAccessKeyHoldsAtMostItsBudgetOfNoncesUntilTheWindowPasses() throws Exception {
    start(config -> config.nonceBudgets(2, 3));
    Credentials token = sessionToken();
    Credentials another = sessionToken();
    assertEquals("400 Throttling.User", sts(assumeRole(oss.cloud.roleArn(), SignedRpcCalls.randomNonce(32))),
        "the RAM user spent its budget of 2 on the two tokens");

    String missing = FOLDER + "missing.png";
    for (int i = 0; i < 5; i++) {
      assertEquals("403 AccessDenied", imm(detect(token, "another-project", missing, SignedRpcCalls.randomNonce(32))));
    }
    for (int i = 0; i < 3; i++) {
      assertEquals("404 ResourceNotFound", imm(detect(token, projectName(), missing, SignedRpcCalls.randomNonce(32))),
          "refused calls used none of the budget; call " + (i + 1) + " of 3");
    }
    assertEquals("400 Throttling.User", imm(detect(token, projectName(), missing, SignedRpcCalls.randomNonce(32))));
    assertEquals("404 ResourceNotFound", imm(detect(another, projectName(), missing, SignedRpcCalls.randomNonce(32))),
        "another token has a budget of its own");

    oss.clock.setOffset(RequestTimeWindow.MILLIS + 1_000);
    assertEquals("404 ResourceNotFound", imm(detect(token, projectName(), missing, SignedRpcCalls.randomNonce(32))));
    assertEquals("200", sts(assumeRole(oss.cloud.roleArn(), SignedRpcCalls.randomNonce(32))));
  }
}
