package dev.ossdirect.localcloud.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    URI uri = URI.create(cloud.stsEndpoint() + "/?" + QueryString.format(parameters));
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
    HttpRequest.Builder builder = HttpRequest.newBuilder(
            URI.create(cloud.stsEndpoint() + "/?" + QueryString.format(request.query())))
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
