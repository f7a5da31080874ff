package dev.ossdirect.signing.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OssSignatureV4Test {

  private static final Credentials STS =
      Credentials.temporary("STS.tmp", "tmpSecret", "token", 1_764_332_100_000L);
  private static final OssSignatureV4 SIGNER =
      new OssSignatureV4("cn-hangzhou", Clock.fixed(1_764_331_200_000L));

  private static SignableRequest put() {
    return SignableRequest.builder("PUT", SignableRequest.ossPath("bucket", "uploads/a b+c/é.jpg"))
        .header("Content-Type", "image/jpeg")
        .header("Content-Length", "10")
        .header("Host", "bucket.oss-cn-hangzhou.aliyuncs.com")
        .build();
  }

  @Test
  void signsWithUnsignedPayloadAndTheToken() {
    SignableRequest signed = SIGNER.sign(put(), STS, List.of("Host", "content-type", "range"));
    assertEquals("20251128T120000Z", signed.header("x-oss-date"));
    assertEquals("UNSIGNED-PAYLOAD", signed.header("x-oss-content-sha256"));
    assertEquals("token", signed.header("x-oss-security-token"));
    OssV4Authorization authorization = OssV4Authorization.parse(signed.header("authorization"));
    assertEquals("STS.tmp", authorization.accessKeyId());
    assertEquals("20251128/cn-hangzhou/oss/aliyun_v4_request", authorization.scope().toString());
    assertEquals(List.of("host"), authorization.additionalHeaders());
    assertEquals(
        "PUT\n/bucket/uploads/a%20b%2Bc/%C3%A9.jpg\n\ncontent-type:image/jpeg\nhost:bucket.oss-cn-hangzhou.aliyuncs.com\n"
            + "x-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20251128T120000Z\nx-oss-security-token:token\n\n"
            + "host\nUNSIGNED-PAYLOAD",
        OssSignatureV4.verify(signed, authorization, "tmpSecret").canonicalText());
    assertTrue(OssSignatureV4.verify(signed, authorization, "tmpSecret").matches());
  }

  @Test
  void sortsTheQueryByEncodedNameAndKeepsTheLaterOfTwoNamesThatEncodeAlike() {
    SignableRequest request = SignableRequest.builder("GET", "/bucket/key")
        .query("uploadId", "u")
        .query("b", "first")
        .query("a-z", "")
        .query("b ", "second")
        .query("A", "upper")
        .build();
    String canonical = OssSignatureV4.canonicalRequest(request, List.of());
    assertEquals("A=upper&a-z&b=second&uploadId=u", canonical.split("\n")[2]);
  }

  @Test
  void signsAnEmptyQueryAndTheDefaultHeadersInNameOrder() {
    SignableRequest request = SignableRequest.builder("GET", "/bucket/key")
        .header("x-oss-meta-b", "2")
        .header("Range", "bytes=0-1")
        .header("x-oss-meta-a", " 1 ")
        .header("Content-Type", "image/png")
        .build();
    assertEquals("GET\n/bucket/key\n\ncontent-type:image/png\nrange:bytes=0-1\nx-oss-meta-a:1\n"
            + "x-oss-meta-b:2\n\nrange\nUNSIGNED-PAYLOAD",
        OssSignatureV4.canonicalRequest(request, List.of("range")));
  }

  @Test
  void anyChangeToASignedPartBreaksTheSignature() {
    SignableRequest signed = SIGNER.sign(put(), STS, List.of("host"));
    OssV4Authorization authorization = OssV4Authorization.parse(signed.header("authorization"));
    assertFalse(OssSignatureV4.verify(signed, authorization, "wrong").matches());
    for (String header : List.of("content-type", "host", "x-oss-date", "x-oss-security-token")) {
      SignableRequest tampered = signed.toBuilder().header(header, signed.header(header) + "0").build();
      assertFalse(OssSignatureV4.verify(tampered, authorization, "tmpSecret").matches(), header);
    }
    assertFalse(OssSignatureV4.verify(
        signed.toBuilder().query("acl", "").build(), authorization, "tmpSecret").matches());
    assertTrue(OssSignatureV4.verify(
        signed.toBuilder().header("content-length", "11").header("user-agent", "x").build(),
        authorization, "tmpSecret").matches());
  }

  @Test
  void presignsAndVerifiesSignedUrls() {
    SignableRequest get =
        SignableRequest.builder("GET", SignableRequest.ossPath("bucket", "k é")).query("versionId", "v1").build();
    Map<String, String> parameters = SIGNER.presign(get, STS, 900);
    assertEquals("OSS4-HMAC-SHA256", parameters.get("x-oss-signature-version"));
    assertEquals("STS.tmp/20251128/cn-hangzhou/oss/aliyun_v4_request", parameters.get("x-oss-credential"));
    assertEquals("900", parameters.get("x-oss-expires"));
    SignableRequest received = get.toBuilder().query(parameters).build();
    OssV4PresignedParameters parsed = OssV4PresignedParameters.parse(received.query());
    assertEquals(1_764_331_200_000L + 900_000L, parsed.expiresAtMillis());
    assertEquals("token", parsed.securityToken());
    assertTrue(OssSignatureV4.verifyPresigned(received, parsed, "tmpSecret").matches());
    SignableRequest otherVersion = received.toBuilder().query("versionId", "v2").build();
    assertFalse(OssSignatureV4.verifyPresigned(otherVersion, parsed, "tmpSecret").matches());
  }

  @Test
  void rejectsMalformedSignatureParts() {
    String[] bad = {
      "OSS4-HMAC-SHA256 Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/20251128/cn-hangzhou/oss/aliyun_v4_request",
      "OSS4-HMAC-SHA256 Credential=20251128/cn-hangzhou/oss/aliyun_v4_request,Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/2025112/cn-hangzhou/oss/aliyun_v4_request,Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/20251128/cn-hangzhou/s3/aliyun_v4_request,Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/20251128/cn-hangzhou/oss/aws4_request,Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/20251128/cn-hangzhou/oss/aliyun_v4_request,AdditionalHeaders=b;a,Signature=00",
      "OSS4-HMAC-SHA256 Credential=ak/20251128//oss/aliyun_v4_request,Signature=00",
      "OSS ak:sig",
    };
    for (String header : bad) {
      assertThrows(SignatureFormatException.class, () -> OssV4Authorization.parse(header), header);
    }
    Map<String, String> query = new java.util.LinkedHashMap<>(SIGNER.presign(put(), STS, 60));
    query.put("x-oss-expires", "604801");
    assertEquals("x-oss-expires",
        assertThrows(SignatureFormatException.class, () -> OssV4PresignedParameters.parse(query)).part());
  }
}
