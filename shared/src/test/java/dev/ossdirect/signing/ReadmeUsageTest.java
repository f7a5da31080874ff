package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.acs3.Acs3Authorization;
import dev.ossdirect.signing.acs3.Acs3RequestSigner;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssPostV1Fields;
import dev.ossdirect.signing.oss.OssPostV4Fields;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.oss.OssV4Authorization;
import dev.ossdirect.signing.oss.OssV4PresignedParameters;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's usage examples, as written there, and proof that what they sign verifies. */
class ReadmeUsageTest {

  private final Clock clock = System::currentTimeMillis;
  private final SecureRandom secureRandom = new SecureRandom();
  private final RandomSource random = secureRandom::nextBytes;
  private final Credentials sts =
      Credentials.temporary("STS.example", "exampleSecret", "exampleToken", System.currentTimeMillis() + 900_000);

  @Test
  void signsADetectImageFacesCallWithRpcV1() {
    Map<String, String> parameters = new RpcRequestSigner(clock, random).sign(
        "POST", "DetectImageFaces", "2020-09-30",
        Map.of("ProjectName", "web-direct-project", "SourceURI", "oss://web-direct-upload/uploads/photo.jpg"),
        sts);
    String url = "https://imm.cn-hangzhou.aliyuncs.com/?" + QueryString.format(parameters);
    assertTrue(url.contains("Signature="));
    assertTrue(RpcSignatureV1.verify("POST", QueryString.parse(url.substring(url.indexOf('?') + 1)),
        "exampleSecret").matches());
  }

  @Test
  void signsTheSameCallGivenAsARequestWithoutAMap() {
    SignableRequest call = SignableRequest.builder("POST", "/")
        .query("ProjectName", "web-direct-project")
        .query("SourceURI", "oss://web-direct-upload/uploads/photo.jpg")
        .build();
    SignableRequest signed = new RpcRequestSigner(clock, random).sign(call, "DetectImageFaces", "2020-09-30", sts);
    String url = "https://imm.cn-hangzhou.aliyuncs.com/?" + QueryString.format(signed);
    Map<String, String> received = QueryString.parse(url.substring(url.indexOf('?') + 1));
    assertTrue(RpcSignatureV1.verify("POST", received, "exampleSecret").matches());
    assertEquals("web-direct-project", received.get("ProjectName"));
    assertEquals("exampleToken", received.get("SecurityToken"));
    assertEquals(signed.query(), received);

    SignableRequest acs3 = new Acs3RequestSigner(clock, random).signRpcCall(
        call, "imm.cn-hangzhou.aliyuncs.com", "DetectImageFaces", "2020-09-30", sts);
    assertTrue(Acs3Signature.verify(acs3, Acs3Authorization.parse(acs3.header("authorization")),
        "exampleSecret").matches());
    assertEquals("oss://web-direct-upload/uploads/photo.jpg", acs3.queryParameter("SourceURI"));
    assertEquals(2, acs3.queryCount());
  }

  @Test
  void signsADetectImageFacesCallWithAcs3() {
    SignableRequest request = new Acs3RequestSigner(clock, random).signRpcCall(
        "POST", "imm.cn-hangzhou.aliyuncs.com", "DetectImageFaces", "2020-09-30",
        Map.of("ProjectName", "web-direct-project", "SourceURI", "oss://web-direct-upload/uploads/photo.jpg"),
        sts);
    assertTrue(Acs3Signature.verify(request, Acs3Authorization.parse(request.header("authorization")),
        "exampleSecret").matches());
  }

  @Test
  void signsAPutObjectAndASignedUrlWithOssV4AndVerifiesThem() {
    SignableRequest put = SignableRequest.builder("PUT", SignableRequest.ossPath("web-direct-upload", "uploads/photo.jpg"))
        .header("Content-Type", "image/jpeg")
        .build();
    SignableRequest signed = new OssSignatureV4("cn-hangzhou", clock).sign(put, sts);
    assertEquals(
        Set.of("authorization", "x-oss-date", "x-oss-content-sha256", "x-oss-security-token", "content-type"),
        signed.headers().keySet());

    OssV4Authorization authorization = OssV4Authorization.parse(signed.header("authorization"));
    VerificationResult result = OssSignatureV4.verify(signed, authorization, "exampleSecret");
    assertTrue(result.matches(), result.canonicalText());

    SignableRequest get = SignableRequest.builder("GET", SignableRequest.ossPath("web-direct-upload", "uploads/photo.jpg")).build();
    Map<String, String> query = new OssSignatureV4("cn-hangzhou", clock).presign(get, sts, 600);
    String url = "https://web-direct-upload.oss-cn-hangzhou.aliyuncs.com/uploads/photo.jpg?" + QueryString.format(query);
    SignableRequest received = get.toBuilder().query(QueryString.parse(url.substring(url.indexOf('?') + 1))).build();
    assertTrue(OssSignatureV4.verifyPresigned(received, OssV4PresignedParameters.parse(received.query()),
        "exampleSecret").matches());
  }

  @Test
  void signsAPostObjectPolicyWithV4AndV1AndVerifiesThem() {
    long size = 2_048_000;
    OssPostPolicy policy = OssPostPolicy.builder(clock.currentTimeMillis() + 600_000)
        .bucket("web-direct-upload")
        .key("uploads/photo.jpg")
        .contentLengthRange(size, size)
        .contentType("image/jpeg")
        .forbidOverwrite()
        .build();
    Map<String, String> fields = new OssPostSignatureV4("cn-hangzhou", clock).sign(policy, sts);
    assertEquals(
        List.of("policy", "x-oss-signature-version", "x-oss-credential", "x-oss-date", "x-oss-security-token",
            "x-oss-signature"),
        List.copyOf(fields.keySet()));
    assertTrue(OssPostSignatureV4.verify(OssPostV4Fields.parse(fields), "exampleSecret").matches());

    Map<String, String> v1 = OssPostSignatureV1.sign(policy, sts);
    assertEquals(List.of("OSSAccessKeyId", "policy", "Signature", "x-oss-security-token"), List.copyOf(v1.keySet()));
    assertTrue(OssPostSignatureV1.verify(OssPostV1Fields.parse(v1), "exampleSecret").matches());
  }
}
