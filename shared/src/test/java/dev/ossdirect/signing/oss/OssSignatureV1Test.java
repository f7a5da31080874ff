package dev.ossdirect.signing.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OssSignatureV1Test {

  private static final Credentials STS =
      Credentials.temporary("STS.tmp", "tmpSecret", "token", 1_764_332_100_000L);
  private static final OssSignatureV1 SIGNER = new OssSignatureV1(Clock.fixed(1_764_331_200_000L));

  private static SignableRequest uploadPart() {
    return SignableRequest.builder("PUT", SignableRequest.ossPath("bucket", "uploads/a b+c/é.jpg"))
        .query("uploadId", "0004B9894A22E5B1888A1E29F823")
        .query("partNumber", "2")
        .query("unsigned-parameter", "x")
        .header("Content-Type", "image/jpeg")
        .build();
  }

  @Test
  void signsWithXOssDateBecauseBrowsersCannotSetDate() {
    SignableRequest signed = SIGNER.sign(uploadPart(), STS);
    assertEquals("Fri, 28 Nov 2025 12:00:00 GMT", signed.header("x-oss-date"));
    assertNull(signed.header("date"));
    assertEquals("token", signed.header("x-oss-security-token"));
    assertEquals(
        "PUT\n\nimage/jpeg\nFri, 28 Nov 2025 12:00:00 GMT\n"
            + "x-oss-date:Fri, 28 Nov 2025 12:00:00 GMT\nx-oss-security-token:token\n"
            + "/bucket/uploads/a b+c/é.jpg?partNumber=2&uploadId=0004B9894A22E5B1888A1E29F823",
        OssSignatureV1.stringToSign(signed));
    OssV1Authorization authorization = OssV1Authorization.parse(signed.header("authorization"));
    assertEquals("STS.tmp", authorization.accessKeyId());
    assertTrue(OssSignatureV1.verify(signed, authorization, "tmpSecret").matches());
  }

  @Test
  void theDateHeaderWinsOverXOssDate() {
    SignableRequest request =
        uploadPart().toBuilder()
            .header("Date", "Thu, 17 Nov 2005 18:49:58 GMT")
            .header("x-oss-date", "Fri, 28 Nov 2025 12:00:00 GMT")
            .build();
    assertTrue(OssSignatureV1.stringToSign(request).contains("\nThu, 17 Nov 2005 18:49:58 GMT\n"));
  }

  @Test
  void anyChangeToASignedPartBreaksTheSignature() {
    SignableRequest signed = SIGNER.sign(uploadPart(), STS);
    OssV1Authorization authorization = OssV1Authorization.parse(signed.header("authorization"));
    assertFalse(OssSignatureV1.verify(signed, authorization, "wrong").matches());
    assertFalse(OssSignatureV1.verify(
        signed.toBuilder().header("content-type", "text/plain").build(), authorization, "tmpSecret").matches());
    assertFalse(OssSignatureV1.verify(
        signed.toBuilder().header("x-oss-meta-a", "1").build(), authorization, "tmpSecret").matches());
    assertFalse(OssSignatureV1.verify(
        signed.toBuilder().query("partNumber", "3").build(), authorization, "tmpSecret").matches());
    assertTrue(OssSignatureV1.verify(
        signed.toBuilder().query("unsigned-parameter", "y").header("user-agent", "z").build(),
        authorization, "tmpSecret").matches());
  }

  @Test
  void presignsAndVerifiesSignedUrls() {
    SignableRequest get = SignableRequest.builder("GET", SignableRequest.ossPath("bucket", "k é")).build();
    Map<String, String> parameters = SIGNER.presign(get, STS, 600);
    assertEquals("1764331800", parameters.get("Expires"));
    assertEquals("STS.tmp", parameters.get("OSSAccessKeyId"));
    assertEquals("token", parameters.get("security-token"));
    SignableRequest received = get.toBuilder().query(parameters).build();
    OssV1PresignedParameters parsed = OssV1PresignedParameters.parse(received.query());
    assertEquals(1_764_331_800L, parsed.expiresEpochSeconds());
    assertEquals("token", parsed.securityToken());
    assertTrue(OssSignatureV1.verifyPresigned(received, parsed, "tmpSecret").matches());
    Map<String, String> later = new LinkedHashMap<>(received.query());
    later.put("Expires", "1764331801");
    assertFalse(OssSignatureV1.verifyPresigned(
        received.toBuilder().query(later).build(), OssV1PresignedParameters.parse(later), "tmpSecret").matches());
  }

  @Test
  void rejectsMalformedSignatureParts() {
    for (String header : new String[] {"", "OSS", "OSS id", "OSS :sig", "OSS id:", "AWS id:sig"}) {
      assertThrows(SignatureFormatException.class, () -> OssV1Authorization.parse(header), header);
    }
    assertEquals("Expires", assertThrows(SignatureFormatException.class,
        () -> OssV1PresignedParameters.parse(Map.of("OSSAccessKeyId", "a", "Expires", "soon", "Signature", "s"))).part());
    assertEquals("Signature", assertThrows(SignatureFormatException.class,
        () -> OssV1PresignedParameters.parse(Map.of("OSSAccessKeyId", "a", "Expires", "1"))).part());
  }
}
