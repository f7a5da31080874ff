package dev.ossdirect.signing.acs3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.TestRandomSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  @Test
  void anEmptyBodyHashesToTheConstantAndAOneByteBodyIsHashed() throws Exception {
    assertEquals(jdkSha256(new byte[0]), Acs3Signature.hashPayload(new byte[0]));
    assertEquals(Acs3Signature.EMPTY_PAYLOAD_HASH, Acs3Signature.hashPayload(new byte[0]));
    for (byte b : new byte[] {0, 'a', (byte) 0xff}) {
      String oneByte = Acs3Signature.hashPayload(new byte[] {b});
      assertEquals(jdkSha256(new byte[] {b}), oneByte);
      assertNotEquals(Acs3Signature.EMPTY_PAYLOAD_HASH, oneByte);
    }
  }

  @Test
  void withoutAPayloadHeaderTheCanonicalRequestEndsWithTheEmptyBodysHash() throws Exception {
    SignableRequest request = SignableRequest.builder("POST", "/").header("host", "h").build();
    String canonical = Acs3Signature.canonicalRequest(request, List.of("host"));
    assertEquals("POST\n/\n\nhost:h\n\nhost\n" + jdkSha256(new byte[0]), canonical);
  }

  @Test
  void headerValuesLoseOuterWhitespaceAndKeepInnerSpaces() {
    SignableRequest request = SignableRequest.builder("POST", "/")
        .header("host", " h ")
        .header("x-acs-action", "\t a  b \t")
        .header("x-acs-version", "v")
        .build();
    String canonical = Acs3Signature.canonicalRequest(request, Acs3Signature.defaultSignedHeaders(request));
    assertTrue(canonical.contains("\nhost:h\nx-acs-action:a  b\nx-acs-version:v\n\n"), canonical);
  }

  /**
   * {@link Acs3Signature#sign} takes a shorter road than the public steps (the string to sign stays bytes,
   * the signed header list is joined once); it must arrive at the same header for every kind of request:
   * unicode and reserved characters in the query, spaces in header values, non-ASCII header values, no
   * payload header, an empty query value, many parameters out of order.
   */
  @Test
  void signingInOneCallGivesTheHeaderOfTheStepByStepFormula() {
    Map<String, String> many = new java.util.LinkedHashMap<>();
    for (int i = 30; i > 0; i--) {
      many.put("Key." + i, "v" + i);
    }
    List<SignableRequest> requests = List.of(
        SignableRequest.builder("GET", "/").header("host", "h").build(),
        SignableRequest.builder("POST", "/")
            .query("SourceURI", "oss://b/uploads/é 1.jpg")
            .query("名前", "値 😀")
            .query("Empty", "")
            .query("Reserved", "a+b*c~d/e?f=g&h%")
            .header("Host", "imm.cn-hangzhou.aliyuncs.com")
            .header("X-Acs-Action", "  DetectImageFaces  ")
            .header("x-acs-date", "\t2025-11-28T12:00:00Z ")
            .header("x-acs-security-token", "tok en é")
            .header("content-type", "application/json; charset=utf-8")
            .header("user-agent", "not signed")
            .build(),
        SignableRequest.builder("PUT", "/a b/ü/").query(many)
            .header("x-acs-content-sha256", Acs3Signature.hashPayload(new byte[] {1}))
            .header("host", "h")
            .build());
    for (SignableRequest request : requests) {
      List<String> signedHeaders = Acs3Signature.defaultSignedHeaders(request);
      String stepByStep = Acs3Signature.authorization("id", signedHeaders,
          Acs3Signature.signature(
              Acs3Signature.stringToSign(Acs3Signature.canonicalRequest(request, signedHeaders)), "secret"));
      String signed = Acs3Signature.sign(request, "id", "secret");
      assertEquals(stepByStep, signed);
      assertTrue(Acs3Signature.verify(request, Acs3Authorization.parse(signed), "secret").matches());
    }
  }

  @Test
  void theStringToSignIsTheAlgorithmAndTheHexHashOfTheCanonicalRequest() throws Exception {
    String canonical = "GET\n/\nq=%C3%A9\nhost:h\n\nhost\n" + Acs3Signature.EMPTY_PAYLOAD_HASH;
    assertEquals("ACS3-HMAC-SHA256\n" + jdkSha256(canonical.getBytes(StandardCharsets.UTF_8)),
        Acs3Signature.stringToSign(canonical));
  }

  private static String jdkSha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
