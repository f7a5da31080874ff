package dev.ossdirect.signing.acs3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.TestRandomSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Acs3SignatureTest {

  private static final Credentials STS =
      Credentials.temporary("STS.tmp", "tmpSecret", "token", 1_764_332_100_000L);

  private static SignableRequest detectFaces() {
    return new Acs3RequestSigner(Clock.fixed(1_764_331_200_000L), new TestRandomSource(7))
        .signRpcCall(
            "POST",
            "imm.cn-hangzhou.aliyuncs.com",
            "DetectImageFaces",
            "2020-09-30",
            Map.of("ProjectName", "p", "SourceURI", "oss://b/uploads/é 1.jpg"),
            STS);
  }

  @Test
  void signerSetsTheHeadersOfAnRpcCall() {
    SignableRequest request = detectFaces();
    assertEquals("DetectImageFaces", request.header("x-acs-action"));
    assertEquals("2020-09-30", request.header("x-acs-version"));
    assertEquals("2025-11-28T12:00:00Z", request.header("x-acs-date"));
    assertEquals("token", request.header("x-acs-security-token"));
    assertEquals("application/json", request.header("accept"));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        request.header("x-acs-content-sha256"));
    Acs3Authorization authorization = Acs3Authorization.parse(request.header("authorization"));
    assertEquals("STS.tmp", authorization.accessKeyId());
    assertEquals(
        List.of(
            "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-security-token",
            "x-acs-signature-nonce", "x-acs-version"),
        authorization.signedHeaders());
  }

  @Test
  void verifiesWhatTheSignerSignedAndIgnoresUnsignedHeaders() {
    SignableRequest request =
        detectFaces().toBuilder().header("user-agent", "anything").header("accept", "*/*").build();
    Acs3Authorization authorization = Acs3Authorization.parse(request.header("authorization"));
    assertTrue(Acs3Signature.verify(request, authorization, "tmpSecret").matches());
  }

  @Test
  void anyChangeToASignedPartBreaksTheSignature() {
    SignableRequest request = detectFaces();
    Acs3Authorization authorization = Acs3Authorization.parse(request.header("authorization"));
    assertFalse(Acs3Signature.verify(request, authorization, "wrong").matches());
    for (String header : authorization.signedHeaders()) {
      SignableRequest tampered = request.toBuilder().header(header, request.header(header) + "0").build();
      assertFalse(Acs3Signature.verify(tampered, authorization, "tmpSecret").matches(), header);
    }
    for (String name : request.query().keySet()) {
      SignableRequest tampered = request.toBuilder().query(name, request.query().get(name) + "0").build();
      assertFalse(Acs3Signature.verify(tampered, authorization, "tmpSecret").matches(), name);
    }
    SignableRequest otherMethod =
        SignableRequest.builder("GET", "/").query(request.query()).headers(request.headers()).build();
    assertFalse(Acs3Signature.verify(otherMethod, authorization, "tmpSecret").matches());
  }

  @Test
  void rejectsMalformedAuthorizationHeaders() {
    String[] bad = {
      null,
      "",
      "ACS3-HMAC-SHA1 Credential=a,SignedHeaders=host,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=",
      "ACS3-HMAC-SHA256 SignedHeaders=host,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=x-acs-date;host,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=Host,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host;;x,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,Credential=b,SignedHeaders=host,Signature=00",
      "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=00,Extra=1",
    };
    for (String header : bad) {
      SignatureFormatException e =
          assertThrows(SignatureFormatException.class, () -> Acs3Authorization.parse(header), header);
      assertEquals("Authorization", e.part());
    }
  }
}
