package dev.ossdirect.client.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.Maps;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3Authorization;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import dev.ossdirect.signing.token.ImmSignature;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builds DetectImageFaces both ways, then checks the signature as IMM would. */
class ImmRequestsTest {

  private static final long NOW = 1_700_000_000_000L;
  private static final String KEY = Sessions.PREFIX + "5e1-grace_hopper.jpg";

  private final ImmRequests requests = new ImmRequests(Clock.fixed(NOW), new SecureRandom()::nextBytes);
  private final SessionConfig session =
      SessionConfig.fromJson(Sessions.json("STS.i", NOW + 900_000), NOW, null);

  private static Map<String, String> query(HttpRequest request) {
    return QueryString.parse(request.url().substring(request.url().indexOf('?') + 1));
  }

  @Test
  void rpcSignatureV1PutsEverythingInTheQuery() {
    HttpRequest request = requests.detectImageFaces(session, KEY, ImmSignature.RPC_V1);
    assertEquals("POST", request.method());
    assertTrue(request.url().startsWith(Sessions.IMM_ENDPOINT + "/?"));
    Map<String, String> parameters = query(request);
    assertEquals("DetectImageFaces", parameters.get("Action"));
    assertEquals("2020-09-30", parameters.get("Version"));
    assertEquals("web-direct-project", parameters.get("ProjectName"));
    assertEquals("oss://web-direct-upload/" + KEY, parameters.get("SourceURI"));
    assertEquals("token-STS.i", parameters.get("SecurityToken"));
    assertTrue(RpcSignatureV1.verify("POST", parameters, "secret-STS.i").matches());
    assertTrue(request.headers().isEmpty());
    assertNull(request.textBody());
  }

  @Test
  void acs3SignsHeadersButLeavesHostToTheBrowser() {
    HttpRequest request = requests.detectImageFaces(session, KEY, ImmSignature.ACS3);
    assertFalse(request.headers().names().contains("host"));
    assertEquals("DetectImageFaces", request.headers().get("x-acs-action"));
    assertEquals("token-STS.i", request.headers().get("x-acs-security-token"));
    SignableRequest onServer = SignableRequest.builder("POST", "/")
        .query(query(request))
        .headers(Maps.of(request.headers()))
        .header("host", "127.0.0.1:9103")
        .build();
    Acs3Authorization authorization = Acs3Authorization.parse(onServer.header("authorization"));
    assertTrue(Acs3Signature.verify(onServer, authorization, "secret-STS.i").matches());
    assertEquals("oss://web-direct-upload/" + KEY, query(request).get("SourceURI"));
  }

  @Test
  void theAuthorityIsTheHostAndPort() {
    assertEquals("127.0.0.1:9103", ImmRequests.authority("http://127.0.0.1:9103"));
    assertEquals("imm.cn-hangzhou.aliyuncs.com", ImmRequests.authority("https://imm.cn-hangzhou.aliyuncs.com/"));
  }
}
