package dev.ossdirect.localcloud.rpc;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.localcloud.ram.AppSessionPolicy;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3RequestSigner;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  private static final ObjectMapper JSON = new ObjectMapper();
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

  private static String randomNonce(int length) {
    byte[] bytes = new byte[(length + 1) / 2];
    RANDOM.nextBytes(bytes);
    return Hex.encode(bytes).substring(0, length);
  }

  /** An RPC V1 call signed by {@code credentials} at the cloud's time, with {@code nonce}. */
  private Map<String, String> rpcV1(String action, String version, Map<String, String> parameters,
      Credentials credentials, String nonce) {
    Map<String, String> signed = new TreeMap<>(new RpcRequestSigner(oss.clock, RANDOM::nextBytes)
        .sign("POST", action, version, parameters, credentials));
    signed.remove(RpcSignatureV1.SIGNATURE_PARAMETER);
    signed.put("SignatureNonce", nonce);
    signed.put(RpcSignatureV1.SIGNATURE_PARAMETER, RpcSignatureV1.sign("POST", signed, credentials.accessKeySecret()));
    return signed;
  }

  private Map<String, String> assumeRole(String roleArn, String nonce) {
    return rpcV1("AssumeRole", "2015-04-01", Map.of("RoleArn", roleArn, "RoleSessionName", "limits"),
        oss.cloud.ramUserAccessKey(), nonce);
  }

  private Map<String, String> detect(Credentials token, String project, String key, String nonce) {
    return rpcV1("DetectImageFaces", "2020-09-30",
        Map.of("ProjectName", project, "SourceURI", "oss://" + BUCKET + "/" + key), token, nonce);
  }

  /** Sends the parameters in a form body, which holds nonces of any length, and returns {@link #codeOf}. */
  private static String post(URI endpoint, Map<String, String> parameters) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(QueryString.format(parameters)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return codeOf(response);
  }

  /** "200", or the status and the error code of an RPC error document, such as "403 NoPermission". */
  private static String codeOf(HttpResponse<String> response) throws Exception {
    JsonNode body = JSON.readTree(response.body());
    return body.hasNonNull("Code") ? response.statusCode() + " " + body.get("Code").textValue() : "200";
  }

  private String sts(Map<String, String> parameters) throws Exception {
    return post(oss.cloud.stsEndpoint(), parameters);
  }

  private String imm(Map<String, String> parameters) throws Exception {
    return post(oss.cloud.immEndpoint(), parameters);
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
    return codeOf(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void aNonceOfExactlyTheLimitIsAcceptedAndOneCharacterMoreIsRefused() throws Exception {
    start(UnaryOperator.identity());
    String longest = randomNonce(RpcGateway.MAX_NONCE_LENGTH);
    assertEquals("200", sts(assumeRole(oss.cloud.roleArn(), longest)));
    assertEquals("400 SignatureNonceUsed", sts(assumeRole(oss.cloud.roleArn(), longest)));
    assertEquals("400 InvalidParameter",
        sts(assumeRole(oss.cloud.roleArn(), randomNonce(RpcGateway.MAX_NONCE_LENGTH + 1))));
    assertEquals("400 InvalidParameter", sts(assumeRole(oss.cloud.roleArn(), randomNonce(900_000))));

    Credentials token = sessionToken();
    String missing = FOLDER + "missing.png";
    assertEquals("404 ResourceNotFound",
        imm(detect(token, projectName(), missing, randomNonce(RpcGateway.MAX_NONCE_LENGTH))));
    assertEquals("400 InvalidParameter",
        imm(detect(token, projectName(), missing, randomNonce(RpcGateway.MAX_NONCE_LENGTH + 1))));
    String acs3Longest = randomNonce(RpcGateway.MAX_NONCE_LENGTH);
    assertEquals("404 ResourceNotFound", acs3Detect(token, acs3Longest));
    assertEquals("400 SignatureNonceUsed", acs3Detect(token, acs3Longest));
    assertEquals("400 InvalidParameter", acs3Detect(token, randomNonce(RpcGateway.MAX_NONCE_LENGTH + 1)));
  }

  @Test
  void aCallTheCallerMayNotMakeLeavesItsNonceUnused() throws Exception {
    start(UnaryOperator.identity());
    String nonce = randomNonce(32);
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
    assertEquals("400 Throttling.User", sts(assumeRole(oss.cloud.roleArn(), randomNonce(32))),
        "the RAM user spent its budget of 2 on the two tokens");

    String missing = FOLDER + "missing.png";
    for (int i = 0; i < 5; i++) {
      assertEquals("403 AccessDenied", imm(detect(token, "another-project", missing, randomNonce(32))));
    }
    for (int i = 0; i < 3; i++) {
      assertEquals("404 ResourceNotFound", imm(detect(token, projectName(), missing, randomNonce(32))),
          "refused calls used none of the budget; call " + (i + 1) + " of 3");
    }
    assertEquals("400 Throttling.User", imm(detect(token, projectName(), missing, randomNonce(32))));
    assertEquals("404 ResourceNotFound", imm(detect(another, projectName(), missing, randomNonce(32))),
        "another token has a budget of its own");

    oss.clock.setOffset(RpcGateway.TIME_WINDOW_MILLIS + 1_000);
    assertEquals("404 ResourceNotFound", imm(detect(token, projectName(), missing, randomNonce(32))));
    assertEquals("200", sts(assumeRole(oss.cloud.roleArn(), randomNonce(32))));
  }
}
