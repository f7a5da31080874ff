package dev.ossdirect.localcloud.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.TestClock;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3RequestSigner;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The RPC gateway's checks, driven with raw HTTP requests signed by the shared library. */
class RpcGatewayTest {

  @TempDir static Path dataDir;
  private static final TestClock CLOCK = new TestClock();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalCloud cloud;
  private static Credentials key;

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir).clock(CLOCK));
    key = cloud.ramUserAccessKey();
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  @BeforeEach
  void resetClock() {
    CLOCK.setOffset(0);
  }

  private static Map<String, String> assumeRole(long clientTimeMillis, int nonceSeed) {
    return new RpcRequestSigner(Clock.fixed(clientTimeMillis), bytes -> {
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (nonceSeed + i);
          }
        })
        .sign("POST", "AssumeRole", "2015-04-01",
            Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "raw-http"), key);
  }

  private static HttpResponse<String> post(Map<String, String> parameters) throws Exception {
    return post(cloud.stsEndpoint(), parameters);
  }

  private static HttpResponse<String> post(URI endpoint, Map<String, String> parameters) throws Exception {
    URI uri = URI.create(endpoint + "/?" + QueryString.format(parameters));
    return HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String code(HttpResponse<String> response) throws Exception {
    JsonNode body = JSON.readTree(response.body());
    assertTrue(body.hasNonNull("RequestId"), response.body());
    return body.hasNonNull("Code") ? body.get("Code").textValue() : "OK";
  }

  @Test
  void aNonceIsRefusedWithinTheWindowAndAcceptedAfterIt() throws Exception {
    long now = System.currentTimeMillis();
    Map<String, String> signed = assumeRole(now, 40);
    assertEquals("OK", code(post(signed)));
    HttpResponse<String> replay = post(signed);
    assertEquals(400, replay.statusCode());
    assertEquals("SignatureNonceUsed", code(replay));
    // The same nonce, signed again sixteen minutes later, is fresh again.
    CLOCK.setOffset(16 * 60_000);
    assertEquals("OK", code(post(assumeRole(now + 16 * 60_000, 40))));
  }

  @Test
  void answersSayHowLongEachStageTook() throws Exception {
    HttpResponse<String> accepted = post(assumeRole(System.currentTimeMillis(), 10));
    assertEquals("OK", code(accepted));
    assertTrue(accepted.headers().firstValue("Server-Timing").orElseThrow()
        .matches("authenticate;dur=[0-9]+\\.[0-9]{3}"), accepted.headers().toString());
    Map<String, String> unsigned = new LinkedHashMap<>(assumeRole(System.currentTimeMillis(), 11));
    unsigned.remove("Signature");
    HttpResponse<String> refused = post(unsigned);
    assertEquals("MissingSignature", code(refused));
    assertTrue(refused.headers().firstValue("Server-Timing").isEmpty(), "no stage ended");
  }

  @Test
  void aRejectedSignatureDoesNotBurnItsNonce() throws Exception {
    Map<String, String> signed = new LinkedHashMap<>(assumeRole(System.currentTimeMillis(), 80));
    String signature = signed.put("Signature", "AAAA");
    HttpResponse<String> forged = post(signed);
    assertEquals("SignatureDoesNotMatch", code(forged));
    assertTrue(forged.body().contains("server string to sign is:POST&%2F&AccessKeyId%3D"));
    signed.put("Signature", signature);
    assertEquals("OK", code(post(signed)));
  }

  /** STS credentials for the role, from a raw AssumeRole. */
  private static Credentials stsCredentials() throws Exception {
    HttpResponse<String> issued = post(
        new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes).sign("POST", "AssumeRole",
            "2015-04-01", Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "echo-test"), key));
    JsonNode credentials = JSON.readTree(issued.body()).get("Credentials");
    return Credentials.temporary(credentials.get("AccessKeyId").textValue(),
        credentials.get("AccessKeySecret").textValue(), credentials.get("SecurityToken").textValue(),
        UtcTimestamps.parseIso8601(credentials.get("Expiration").textValue()));
  }

  /**
   * A call of {@code service} ({@code sts} or {@code imm}) signed with {@code signature} ({@code rpc-v1} or
   * {@code acs3}) by {@code credentials}, sent to that service.
   */
  private static HttpResponse<String> call(String service, String signature, Credentials credentials)
      throws Exception {
    boolean sts = service.equals("sts");
    URI endpoint = sts ? cloud.stsEndpoint() : cloud.immEndpoint();
    String action = sts ? "AssumeRole" : "DetectImageFaces";
    String version = sts ? "2015-04-01" : "2020-09-30";
    Map<String, String> parameters = sts
        ? Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "echo-test")
        : Map.of("ProjectName", cloud.config().immProject(), "SourceURI", "oss://web-direct-upload/uploads/a.jpg");
    if (signature.equals("rpc-v1")) {
      return post(endpoint, new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
          .sign("POST", action, version, parameters, credentials));
    }
    SignableRequest signed = new Acs3RequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .signRpcCall("POST", endpoint.getAuthority(), action, version, parameters, credentials);
    return sendAcs3(endpoint, signed, Map.of(), "");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"sts, rpc-v1", "sts, acs3", "imm, rpc-v1", "imm, acs3"})
  void aSignatureMismatchShowsWhatWasSignedWithoutTheSecurityToken(String service, String signature)
      throws Exception {
    Credentials issued = stsCredentials();
    Credentials wrongSecret = Credentials.temporary(issued.accessKeyId(), "not-the-secret",
        issued.securityToken(), issued.expirationMillis());
    HttpResponse<String> refused = call(service, signature, wrongSecret);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("SignatureDoesNotMatch", code(refused));
    assertFalse(refused.body().contains(issued.securityToken()), refused.body());
    String redacted = signature.equals("rpc-v1")
        ? "SecurityToken%3D[security token]%26" : "x-acs-security-token:[security token]";
    assertTrue(refused.body().contains(redacted), refused.body());
    assertTrue(refused.body().contains("server string to sign is:POST"), refused.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rpc-v1", "acs3"})
  void aTokenIsRedactedInEveryEncodingTheSignedTextHoldsItIn(String signature) throws Exception {
    // A long-term key does not need a token, so any text goes through to the signature check.
    Credentials withToken = Credentials.temporary(key.accessKeyId(), "not-the-secret", "tok+en/SECRET=1 2%",
        System.currentTimeMillis() + 600_000);
    HttpResponse<String> refused = call("sts", signature, withToken);
    assertEquals("SignatureDoesNotMatch", code(refused));
    assertFalse(refused.body().contains("SECRET"), refused.body());
    assertTrue(refused.body().contains("[security token]"), refused.body());
  }

  @Test
  void missingAndMalformedSignaturePartsNameTheParameter() throws Exception {
    Map<String, String> signed = new LinkedHashMap<>(assumeRole(System.currentTimeMillis(), 120));
    signed.remove("Signature");
    assertEquals("MissingSignature", code(post(signed)));
    Map<String, String> badTime = new LinkedHashMap<>(assumeRole(System.currentTimeMillis(), 121));
    badTime.put("Timestamp", "yesterday");
    assertEquals("InvalidTimeStamp.Format", code(post(badTime)));
  }

  @Test
  void unknownActionsAndVersionsAreRefused() throws Exception {
    Map<String, String> unknown = new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .sign("POST", "GetCallerIdentityX", "2015-04-01", Map.of(), key);
    HttpResponse<String> response = post(unknown);
    assertEquals(404, response.statusCode());
    assertEquals("InvalidAction.NotFound", code(response));
    Map<String, String> oldVersion = new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .sign("POST", "AssumeRole", "2014-01-01", Map.of(), key);
    assertEquals("InvalidVersion", code(post(oldVersion)));
  }

  @Test
  void acs3RequiresEveryAcsHeaderToBeSignedAndTheBodyHashToMatch() throws Exception {
    SignableRequest signed = new Acs3RequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .signRpcCall("POST", cloud.stsEndpoint().getAuthority(), "AssumeRole", "2015-04-01",
            Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "acs3-raw"), key);
    assertEquals("OK", code(sendAcs3(signed, Map.of(), "")));
    SignableRequest fresh = new Acs3RequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .signRpcCall("POST", cloud.stsEndpoint().getAuthority(), "AssumeRole", "2015-04-01",
            Map.of("RoleArn", cloud.roleArn(), "RoleSessionName", "acs3-raw"), key);
    assertEquals("IncompleteSignature", code(sendAcs3(fresh, Map.of("x-acs-extra", "1"), "")));
    assertEquals("ContentSHA256NotMatch", code(sendAcs3(fresh, Map.of(), "Extra=1")));
  }

  private static HttpResponse<String> sendAcs3(SignableRequest request, Map<String, String> extraHeaders, String body)
      throws Exception {
    return sendAcs3(cloud.stsEndpoint(), request, extraHeaders, body);
  }

  private static HttpResponse<String> sendAcs3(
      URI endpoint, SignableRequest request, Map<String, String> extraHeaders, String body) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(
            URI.create(endpoint + "/?" + QueryString.format(request.query())))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/x-www-form-urlencoded");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      if (!header.getKey().equals("host")) {
        builder.header(header.getKey(), header.getValue());
      }
    }
    extraHeaders.forEach(builder::header);
    return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
