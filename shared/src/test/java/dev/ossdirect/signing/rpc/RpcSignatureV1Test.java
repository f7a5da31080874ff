package dev.ossdirect.signing.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SeededRandom;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.TestRandomSource;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcSignatureV1Test {

  private static final Clock CLOCK = Clock.fixed(1_764_331_200_000L);
  private static final Credentials STS =
      Credentials.temporary("STS.tmp", "tmpSecret", "token+/=", 1_764_332_100_000L);

  private static Map<String, String> detectFaces() {
    return new RpcRequestSigner(CLOCK, new TestRandomSource(1))
        .sign(
            "POST",
            "DetectImageFaces",
            "2020-09-30",
            Map.of("ProjectName", "web-direct-project", "SourceURI", "oss://bucket/uploads/a b.jpg"),
            STS);
  }

  @Test
  void signerBuildsTheCompleteParameterSet() {
    Map<String, String> parameters = detectFaces();
    assertEquals("STS.tmp", parameters.get("AccessKeyId"));
    assertEquals("DetectImageFaces", parameters.get("Action"));
    assertEquals("2020-09-30", parameters.get("Version"));
    assertEquals("JSON", parameters.get("Format"));
    assertEquals("HMAC-SHA1", parameters.get("SignatureMethod"));
    assertEquals("1.0", parameters.get("SignatureVersion"));
    assertEquals("0102030405060708090a0b0c0d0e0f10", parameters.get("SignatureNonce"));
    assertEquals("2025-11-28T12:00:00Z", parameters.get("Timestamp"));
    assertEquals("token+/=", parameters.get("SecurityToken"));
    assertEquals(
        RpcSignatureV1.sign("POST", parameters, "tmpSecret"), parameters.get("Signature"));
  }

  @Test
  void longTermKeysSendNoSecurityToken() {
    Map<String, String> parameters =
        new RpcRequestSigner(CLOCK, new TestRandomSource(1))
            .sign("GET", "DescribeRegions", "2014-05-26", Map.of(), Credentials.of("id", "secret"));
    assertNull(parameters.get("SecurityToken"));
  }

  @Test
  void verifiesWhatTheSignerSigned() {
    Map<String, String> parameters = detectFaces();
    RpcSignedParameters signed = RpcSignedParameters.parse(parameters);
    assertEquals("STS.tmp", signed.accessKeyId());
    assertEquals("token+/=", signed.securityToken());
    assertEquals(1_764_331_200_000L, signed.timestampMillis());
    VerificationResult result = RpcSignatureV1.verify("POST", parameters, "tmpSecret");
    assertTrue(result.matches());
    assertTrue(result.stringToSign().startsWith("POST&%2F&AccessKeyId%3DSTS.tmp%26Action"));
  }

  @Test
  void anyChangeToASignedPartBreaksTheSignature() {
    Map<String, String> parameters = detectFaces();
    assertFalse(RpcSignatureV1.verify("GET", parameters, "tmpSecret").matches());
    assertFalse(RpcSignatureV1.verify("POST", parameters, "otherSecret").matches());
    for (String name : List.copyOf(parameters.keySet())) {
      if (name.equals("Signature")) {
        continue;
      }
      Map<String, String> tampered = new LinkedHashMap<>(parameters);
      tampered.put(name, parameters.get(name) + "x");
      assertFalse(RpcSignatureV1.verify("POST", tampered, "tmpSecret").matches(), name);
    }
    Map<String, String> added = new LinkedHashMap<>(parameters);
    added.put("Extra", "1");
    assertFalse(RpcSignatureV1.verify("POST", added, "tmpSecret").matches());
  }

  @Test
  void emptyValuesAreSentButNotSigned() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("B", "2");
    parameters.put("Empty", "");
    parameters.put("A", "1");
    parameters.put("Signature", "ignored");
    assertEquals("A=1&B=2", RpcSignatureV1.canonicalQuery(parameters));
  }

  /**
   * The string to sign, written in one pass, is what the class Javadoc's formula gives from the
   * canonical query: on random parameters with names equal up to a prefix, empty values, {@code %} and
   * escapes, multi-byte characters and surrogate pairs in names and values, and on no parameters at all.
   */
  @Test
  void stringToSignIsTheCanonicalQueryEncodedAgain() {
    SeededRandom random = SeededRandom.seeded("rpc string to sign", 31L);
    String[] prefixes = {"", "A", "A.1", "A1", "Aa", "\uD83D\uDE00", "\uFF21", "%", "Signature"};
    for (int i = 0; i < 1000; i++) {
      Map<String, String> parameters = new LinkedHashMap<>();
      int count = random.nextInt(12);
      for (int k = 0; k < count; k++) {
        String name = prefixes[random.nextInt(prefixes.length)] + random.text(3);
        parameters.put(name, random.nextInt(5) == 0 ? "" : random.text(20));
      }
      String method = random.nextInt(2) == 0 ? "GET" : "POST";
      String expected = method + "&" + PercentEncoding.encode("/") + "&"
          + PercentEncoding.encode(RpcSignatureV1.canonicalQuery(parameters));
      assertEquals(expected, RpcSignatureV1.stringToSign(method, parameters), parameters.toString());
    }
    assertEquals("", RpcSignatureV1.canonicalQuery(Map.of()));
    assertEquals("POST&%2F&", RpcSignatureV1.stringToSign("POST", Map.of()));
    assertEquals("GET&%2F&", RpcSignatureV1.stringToSign("GET", Map.of("Empty", "", "Signature", "x")));
  }

  /** Names that are prefixes of one another, and names past the surrogates, sort by UTF-16 code unit. */
  @Test
  void sortsNamesByCodeUnitWithPrefixesFirst() {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String name : new String[] {"\uFF21", "Tag.1", "Tag", "\uD83D\uDE00", "Tag1", "Ta", "Tag.10", "Tag.1.Key"}) {
      parameters.put(name, "%");
    }
    parameters.put("Tag.2", "");
    assertEquals(
        "Ta=%25&Tag=%25&Tag.1=%25&Tag.1.Key=%25&Tag.10=%25&Tag1=%25&%F0%9F%98%80=%25&%EF%BC%A1=%25",
        RpcSignatureV1.canonicalQuery(parameters));
    assertEquals(
        "POST&%2F&Ta%3D%2525%26Tag%3D%2525%26Tag.1%3D%2525%26Tag.1.Key%3D%2525%26Tag.10%3D%2525"
            + "%26Tag1%3D%2525%26%25F0%259F%2598%2580%3D%2525%26%25EF%25BC%25A1%3D%2525",
        RpcSignatureV1.stringToSign("POST", parameters));
  }

  @Test
  void flattensLikeTheTeaSdk() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("Tag", List.of(Map.of("Key", "k1"), Map.of("Key", "k2")));
    parameters.put("InstanceIds", List.of("i-1", "i-2"));
    parameters.put("A", Map.of("B", 3));
    parameters.put("Skipped", null);
    parameters.put("Empty", "");
    parameters.put("NoElements", List.of());
    Map<String, String> flat = ParameterFlattener.flatten(parameters);
    assertEquals("k1", flat.get("Tag.1.Key"));
    assertEquals("k2", flat.get("Tag.2.Key"));
    assertEquals("i-2", flat.get("InstanceIds.2"));
    assertEquals("3", flat.get("A.B"));
    assertEquals("", flat.get("Empty"));
    assertFalse(flat.containsKey("Skipped"));
    assertEquals(6, flat.size());
    assertThrows(
        IllegalArgumentException.class,
        () -> ParameterFlattener.flatten(Map.of("Ids", new String[] {"a"})));
  }

  @Test
  void parsingNamesTheMissingOrInvalidParameter() {
    Map<String, String> parameters = detectFaces();
    for (String name :
        List.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp")) {
      Map<String, String> missing = new LinkedHashMap<>(parameters);
      missing.remove(name);
      SignatureFormatException e =
          assertThrows(SignatureFormatException.class, () -> RpcSignedParameters.parse(missing));
      assertEquals(name, e.part());
      assertTrue(e.isMissing());
    }
    Map<String, String> sha256 = new LinkedHashMap<>(parameters);
    sha256.put("SignatureMethod", "HMAC-SHA256");
    assertEquals(
        "SignatureMethod",
        assertThrows(SignatureFormatException.class, () -> RpcSignedParameters.parse(sha256)).part());
    Map<String, String> badTime = new LinkedHashMap<>(parameters);
    badTime.put("Timestamp", "2025-11-28 12:00:00");
    SignatureFormatException e =
        assertThrows(SignatureFormatException.class, () -> RpcSignedParameters.parse(badTime));
    assertEquals("Timestamp", e.part());
    assertFalse(e.isMissing());
  }

  /** A request's query signs as the same parameters in a map: empty values and Signature left out. */
  @Test
  void aRequestSignsAsTheMapOfItsParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Version", "2020-09-30");
    parameters.put("Empty", "");
    parameters.put("Signature", "ignored");
    parameters.put("Action", "DetectImageFaces");
    parameters.put("SourceURI", "oss://b/é ~*");
    SignableRequest request = SignableRequest.builder("POST", "/").query(parameters).build();
    assertEquals(RpcSignatureV1.sign("POST", parameters, "secret"), RpcSignatureV1.sign(request, "secret"));
    assertEquals(RpcSignatureV1.sign("POST", Map.of(), "secret"),
        RpcSignatureV1.sign(SignableRequest.builder("POST", "/").query("Signature", "x").build(), "secret"));
  }
}
