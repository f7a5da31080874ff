package dev.ossdirect.signing.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Utf8;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST policies, signed with V1 and V4 and verified, and the form fields they are read from. */
class OssPostSignatureTest {

  /** 2025-11-28T12:00:00Z. */
  private static final long NOW = 1_764_331_200_000L;
  private static final Credentials STS = Credentials.temporary("STS.tmp", "tmpSecret", "token+/=", NOW + 900_000);
  private static final Credentials KEY = Credentials.of("AKID", "longTermSecret");

  private static OssPostPolicy policy() {
    return OssPostPolicy.builder(NOW + 600_000)
        .bucket("web-direct-upload")
        .key("uploads/s1/a \"b\".jpg")
        .contentLengthRange(1024, 1024)
        .contentType("image/jpeg")
        .forbidOverwrite()
        .build();
  }

  @Test
  void writesThePolicyDocumentAsAlibabasSdkDoes() {
    assertEquals(
        "{\"expiration\":\"2025-11-28T12:10:00.000Z\",\"conditions\":[{\"bucket\":\"web-direct-upload\"},"
            + "[\"eq\",\"$key\",\"uploads\\/s1\\/a \\\"b\\\".jpg\"],[\"content-length-range\",1024,1024],"
            + "{\"Content-Type\":\"image\\/jpeg\"},{\"x-oss-forbid-overwrite\":\"true\"}]}",
        policy().toJson());
    assertEquals(policy().toJson(), Utf8.decode(Base64.decode(policy().encoded())));
    assertEquals(
        "{\"expiration\":\"1970-01-01T00:00:00.001Z\",\"conditions\":[[\"starts-with\",\"$key\",\"\"],"
            + "[\"in\",\"$content-type\",[\"image\\/png\",\"image\\/gif\"]],[\"not-in\",\"$x\",[\"\"]],"
            + "[\"content-length-range\",0,0]]}",
        OssPostPolicy.builder(1).keyStartsWith("").in("content-type", "image/png", "image/gif").notIn("x", "")
            .contentLengthRange(0, 0).build().toJson());
  }

  @Test
  void refusesConditionsThatCannotBeWrittenOrMet() {
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.contentLengthRange(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.contentLengthRange(6, 5));
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.exact("", "v"));
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.exact("k", null));
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.equal("key", "a\uD800"));
    assertThrows(IllegalArgumentException.class, () -> OssPostCondition.in("key", List.of()));
    assertThrows(IllegalArgumentException.class, () -> OssPostPolicy.builder(-1));
    assertEquals(5, OssPostCondition.contentLengthRange(5, 5).max());
  }

  @Test
  void signsWithV1AndVerifies() {
    Map<String, String> fields = OssPostSignatureV1.sign(policy(), STS);
    assertEquals(List.of("OSSAccessKeyId", "policy", "Signature", "x-oss-security-token"),
        List.copyOf(fields.keySet()));
    assertEquals("STS.tmp", fields.get("OSSAccessKeyId"));
    assertEquals("token+/=", fields.get("x-oss-security-token"));
    String document = Utf8.decode(Base64.decode(fields.get("policy")));
    assertTrue(document.endsWith(",{\"x-oss-security-token\":\"token+\\/=\"}]}"), document);
    assertEquals(OssSignatureV1.signature(fields.get("policy"), "tmpSecret"), fields.get("Signature"));

    OssPostV1Fields parsed = OssPostV1Fields.parse(fields);
    assertEquals("token+/=", parsed.securityToken());
    assertTrue(OssPostSignatureV1.verify(parsed, "tmpSecret").matches());
    assertFalse(OssPostSignatureV1.verify(parsed, "otherSecret").matches());
    assertFalse(OssPostSignatureV1.verify(OssPostV1Fields.parse(with(fields, "policy", policy().encoded())),
        "tmpSecret").matches());

    Map<String, String> longTerm = OssPostSignatureV1.sign(policy(), KEY);
    assertEquals(policy().encoded(), longTerm.get("policy"));
    assertFalse(longTerm.containsKey("x-oss-security-token"));
  }

  @Test
  void signsWithV4AndVerifies() {
    Map<String, String> fields = new OssPostSignatureV4("cn-hangzhou", Clock.fixed(NOW)).sign(policy(), STS);
    assertEquals(
        List.of("policy", "x-oss-signature-version", "x-oss-credential", "x-oss-date", "x-oss-security-token",
            "x-oss-signature"),
        List.copyOf(fields.keySet()));
    assertEquals("STS.tmp/20251128/cn-hangzhou/oss/aliyun_v4_request", fields.get("x-oss-credential"));
    assertEquals("20251128T120000Z", fields.get("x-oss-date"));
    String document = Utf8.decode(Base64.decode(fields.get("policy")));
    assertTrue(document.endsWith(",{\"x-oss-signature-version\":\"OSS4-HMAC-SHA256\"},"
        + "{\"x-oss-credential\":\"STS.tmp\\/20251128\\/cn-hangzhou\\/oss\\/aliyun_v4_request\"},"
        + "{\"x-oss-date\":\"20251128T120000Z\"},{\"x-oss-security-token\":\"token+\\/=\"}]}"), document);
    assertEquals(
        OssSignatureV4.signature(OssSignatureV4.signingKey("tmpSecret", "20251128", "cn-hangzhou"),
            fields.get("policy")),
        fields.get("x-oss-signature"));

    OssPostV4Fields parsed = OssPostV4Fields.parse(fields);
    assertEquals("STS.tmp", parsed.accessKeyId());
    assertEquals(NOW, parsed.dateMillis());
    assertEquals("cn-hangzhou", parsed.scope().region());
    assertTrue(OssPostSignatureV4.verify(parsed, "tmpSecret").matches());
    assertFalse(OssPostSignatureV4.verify(parsed, "otherSecret").matches());
    for (Map<String, String> tampered : List.of(
        with(fields, "policy", policy().encoded()),
        with(fields, "x-oss-credential", "STS.tmp/20251129/cn-hangzhou/oss/aliyun_v4_request"),
        with(fields, "x-oss-credential", "STS.tmp/20251128/cn-beijing/oss/aliyun_v4_request"),
        with(fields, "x-oss-signature", fields.get("x-oss-signature").toUpperCase()))) {
      assertFalse(OssPostSignatureV4.verify(OssPostV4Fields.parse(tampered), "tmpSecret").matches());
    }
  }

  @Test
  void readsTheSignatureFieldsStrictly() {
    Map<String, String> v4 = new OssPostSignatureV4("cn-hangzhou", Clock.fixed(NOW)).sign(policy(), KEY);
    assertTrue(OssPostV4Fields.isPresent(v4));
    assertFalse(OssPostV1Fields.isPresent(v4));
    assertEquals(null, OssPostV4Fields.parse(v4).securityToken());
    for (String field : List.of("policy", "x-oss-signature-version", "x-oss-credential", "x-oss-date",
        "x-oss-signature")) {
      Map<String, String> missing = new LinkedHashMap<>(v4);
      missing.remove(field);
      SignatureFormatException e =
          assertThrows(SignatureFormatException.class, () -> OssPostV4Fields.parse(missing), field);
      assertEquals(field, e.part());
      assertThrows(SignatureFormatException.class, () -> OssPostV4Fields.parse(with(v4, field, "")), field);
    }
    for (Map<String, String> malformed : List.of(
        with(v4, "x-oss-signature-version", "OSS4-HMAC-SHA1"),
        with(v4, "x-oss-credential", "20251128/cn-hangzhou/oss/aliyun_v4_request"),
        with(v4, "x-oss-credential", "AKID/20251128/cn-hangzhou/s3/aliyun_v4_request"),
        with(v4, "x-oss-date", "2025-11-28T12:00:00Z"))) {
      assertThrows(SignatureFormatException.class, () -> OssPostV4Fields.parse(malformed), malformed.toString());
    }
    Map<String, String> v1 = OssPostSignatureV1.sign(policy(), KEY);
    assertTrue(OssPostV1Fields.isPresent(v1));
    assertFalse(OssPostV4Fields.isPresent(v1));
    for (String field : List.of("OSSAccessKeyId", "policy", "Signature")) {
      Map<String, String> missing = new LinkedHashMap<>(v1);
      missing.remove(field);
      assertEquals(field,
          assertThrows(SignatureFormatException.class, () -> OssPostV1Fields.parse(missing)).part());
    }
  }

  private static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return changed;
  }
}
