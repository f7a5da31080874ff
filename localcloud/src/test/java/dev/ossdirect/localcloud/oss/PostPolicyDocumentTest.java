package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.oss.OssPostCondition;
import dev.ossdirect.signing.oss.OssPostPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy documents read back as the library writes them and as OSS's documentation writes them, and every
 * malformed document refused as {@code InvalidPolicyDocument}, without quoting a condition's values.
 */
class PostPolicyDocumentTest {

  private static PostPolicyDocument parse(String json) throws OssException {
    return PostPolicyDocument.parse(Base64.encode(Utf8.encode(json)));
  }

  private static void assertInvalid(String json, String reason) {
    OssException e = assertThrows(OssException.class, () -> parse(json), json);
    assertEquals("InvalidPolicyDocument", e.code(), json);
    assertEquals(400, e.status());
    assertTrue(e.getMessage().startsWith("Invalid Policy: "), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertFalse(e.getMessage().contains("secret-token"), e.getMessage());
  }

  @Test
  void readsWhatTheLibraryWrites() throws Exception {
    OssPostPolicy written = OssPostPolicy.builder(1_718_095_200_123L)
        .bucket("b").key("uploads/\"a\"/😀.jpg").keyStartsWith("").contentLengthRange(0, 5_368_709_120L)
        .in("content-type", "image/png").notIn("x", "y", "z").contentType("image/jpeg").build();
    PostPolicyDocument read = PostPolicyDocument.parse(written.encoded());
    assertEquals(written.expirationMillis(), read.expirationMillis());
    assertEquals(written.conditions(), read.conditions());
  }

  @Test
  void readsTheDocumentationsExample() throws Exception {
    PostPolicyDocument read = parse("{\"expiration\": \"2023-12-03T13:00:00Z\",\n \"conditions\": [\n"
        + "  {\"bucket\": \"examplebucket\"}, [\"content-length-range\", 1, 10],\n"
        + "  [\"EQ\", \"$success_action_status\", \"201\"], [\"starts-with\", \"$key\", \"user/eric/\"],\n"
        + "  [\"in\", \"$content-type\", [\"image/jpg\", \"image/png\"]], [\"not-in\", \"$cache-control\", [\"no-cache\"]]]}");
    assertEquals(1_701_608_400_000L, read.expirationMillis());
    assertEquals(List.of(
            OssPostCondition.exact("bucket", "examplebucket"),
            OssPostCondition.contentLengthRange(1, 10),
            OssPostCondition.equal("success_action_status", "201"),
            OssPostCondition.startsWith("key", "user/eric/"),
            OssPostCondition.in("content-type", List.of("image/jpg", "image/png")),
            OssPostCondition.notIn("cache-control", List.of("no-cache"))),
        read.conditions());
    assertEquals(5, read.fieldConditions().size());
    assertTrue(read.constrains("Success_Action_Status"));
    assertFalse(read.constrains("x-oss-date"));
  }

  @Test
  void combinesSizeRangesIntoTheNarrowestOne() throws Exception {
    PostPolicyDocument none = parse("{\"expiration\":\"2030-01-01T00:00:00.000Z\",\"conditions\":[]}");
    assertEquals(0, none.minSize());
    assertEquals(777, none.maxSize(777));
    PostPolicyDocument two = parse("{\"expiration\":\"2030-01-01T00:00:00.000Z\",\"conditions\":"
        + "[[\"content-length-range\",10,100],[\"content-length-range\",20,1000]]}");
    assertEquals(20, two.minSize());
    assertEquals(100, two.maxSize(5000));
    assertEquals(50, two.maxSize(50));
  }

  @Test
  void refusesEverythingElse() {
    String ok = "\"expiration\":\"2030-01-01T00:00:00.000Z\"";
    assertInvalid("", "JSON object");
    assertInvalid("[]", "JSON object");
    assertInvalid("{" + ok + ",\"conditions\":[]} trailing", "not valid JSON");
    assertInvalid("{" + ok + ",\"conditions\":[],\"conditions\":[]}", "not valid JSON");
    assertInvalid("{" + ok + "}", "missing conditions");
    assertInvalid("{\"conditions\":[]}", "missing expiration");
    assertInvalid("{" + ok + ",\"conditions\":{}}", "missing conditions");
    assertInvalid("{" + ok + ",\"conditions\":[],\"version\":\"1\"}", "unexpected member");
    for (String expiration : new String[] {"1893456000", "\"2030-01-01\"", "\"2030-01-01T00:00:00.0Z\"",
        "\"2030-02-30T00:00:00Z\"", "\"2030-01-01T00:00:00+08:00\"", "null"}) {
      assertInvalid("{\"expiration\":" + expiration + ",\"conditions\":[]}", "'expiration'");
    }
    String[] conditions = {
      "{}", "{\"a\":\"b\",\"c\":\"d\"}", "{\"x-oss-security-token\":1}", "\"key\"", "[]", "[1,2,3]",
      "[\"eq\",\"$key\"]", "[\"eq\",\"$key\",\"secret-token\",\"x\"]", "[\"eq\",\"key\",\"a\"]", "[\"eq\",\"$\",\"a\"]",
      "[\"eq\",\"$key\",1]", "[\"starts-with\",\"$key\",null]", "[\"in\",\"$key\",\"secret-token\"]",
      "[\"in\",\"$key\",[]]", "[\"not-in\",\"$key\",[1]]", "[\"content-length-range\",-1,5]",
      "[\"content-length-range\",6,5]", "[\"content-length-range\",1.5,5]", "[\"content-length-range\",\"1\",5]",
      "[\"content-length-range\",0,99999999999999999999]", "[\"matches\",\"$key\",\"a\"]",
      "[\"eq\",\"$key\",\"\\ud800\"]"
    };
    for (String condition : conditions) {
      assertInvalid("{" + ok + ",\"conditions\":[" + condition + "]}", "");
    }
    assertInvalid("{" + ok + ",\"conditions\":[{\"a\":\"b\",\"c\":\"d\"}]}", "exactly one property");
    assertInvalid("{" + ok + ",\"conditions\":[{\"bucket\":\"b\"},[\"eq\",\"$key\"]]}", "condition 2");
  }

  @Test
  void refusesPoliciesThatAreNotBase64OfUtf8() {
    for (String encoded : new String[] {"not base64!", "e30", Base64.encode(new byte[] {(byte) 0xc3, 0x28})}) {
      OssException e = assertThrows(OssException.class, () -> PostPolicyDocument.parse(encoded), encoded);
      assertEquals("InvalidPolicyDocument", e.code());
    }
  }
}
