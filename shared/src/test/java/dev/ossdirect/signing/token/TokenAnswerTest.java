package dev.ossdirect.signing.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token answer's JSON, read back with Jackson, and the wire names of the choices it carries. */
class TokenAnswerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static TokenAnswer.Builder complete() {
    return TokenAnswer.builder()
        .token("STS.id", "se/cr\"et", "tok+en/\u2028", "2026-01-01T12:15:00Z")
        .bucket("cn-hangzhou", "web-direct-upload", "http://127.0.0.1:9102/web-direct-upload")
        .ossSignatureVersion(OssSignatureVersion.V1)
        .imm("http://127.0.0.1:9103", "web-direct-project")
        .immSignature(ImmSignature.ACS3)
        .uploadFlow(UploadFlow.SERVER_SIGNED)
        .uploadPrefix("uploads/0123456789abcdef0123456789abcdef/")
        .limits(Long.MAX_VALUE, List.of("image/jpeg", "image/*"));
  }

  @Test
  void writesEveryFieldUnderItsNameInTheOrderOfTheFieldList() throws Exception {
    JsonNode json = JSON.readTree(complete().build().toJson());
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of(TokenAnswerFields.ACCESS_KEY_ID, TokenAnswerFields.ACCESS_KEY_SECRET,
        TokenAnswerFields.SECURITY_TOKEN, TokenAnswerFields.EXPIRATION, TokenAnswerFields.REGION,
        TokenAnswerFields.BUCKET, TokenAnswerFields.OSS_ENDPOINT, TokenAnswerFields.OSS_SIGNATURE_VERSION,
        TokenAnswerFields.IMM_ENDPOINT, TokenAnswerFields.IMM_PROJECT, TokenAnswerFields.IMM_SIGNATURE,
        TokenAnswerFields.UPLOAD_FLOW, TokenAnswerFields.UPLOAD_PREFIX, TokenAnswerFields.MAX_FILE_SIZE,
        TokenAnswerFields.ALLOWED_CONTENT_TYPES), names);
    assertEquals("STS.id", json.get("AccessKeyId").asText());
    assertEquals("se/cr\"et", json.get("AccessKeySecret").asText());
    assertEquals("tok+en/\u2028", json.get("SecurityToken").asText());
    assertEquals("2026-01-01T12:15:00Z", json.get("Expiration").asText());
    assertEquals("cn-hangzhou", json.get("Region").asText());
    assertEquals("web-direct-upload", json.get("Bucket").asText());
    assertEquals("http://127.0.0.1:9102/web-direct-upload", json.get("OssEndpoint").asText());
    assertEquals("v1", json.get("OssSignatureVersion").asText());
    assertEquals("http://127.0.0.1:9103", json.get("ImmEndpoint").asText());
    assertEquals("web-direct-project", json.get("ImmProject").asText());
    assertEquals("acs3", json.get("ImmSignature").asText());
    assertEquals("server-signed", json.get("UploadFlow").asText());
    assertEquals("uploads/0123456789abcdef0123456789abcdef/", json.get("UploadPrefix").asText());
    assertTrue(json.get("MaxFileSize").isIntegralNumber());
    assertEquals(Long.MAX_VALUE, json.get("MaxFileSize").asLong());
    assertEquals("[\"image/jpeg\",\"image/*\"]", json.get("AllowedContentTypes").toString());
  }

  @Test
  void writesNullForWhatWasNeverSetAndAnEmptyArrayForNoTypes() throws Exception {
    JsonNode json = JSON.readTree(TokenAnswer.builder().build().toJson());
    assertEquals(15, json.size());
    for (String name : new String[] {"AccessKeyId", "Expiration", "OssSignatureVersion", "ImmSignature",
        "UploadFlow", "UploadPrefix"}) {
      assertTrue(json.get(name).isNull(), name);
    }
    assertEquals(0, json.get("MaxFileSize").asLong());
    assertEquals(0, json.get("AllowedContentTypes").size());
  }

  @Test
  void keepsACopyOfTheTypesAndNeverShowsTheSecretsAsText() {
    List<String> types = new ArrayList<>(List.of("image/png"));
    TokenAnswer answer = complete().limits(0, types).build();
    types.add("text/html");
    assertEquals(List.of("image/png"), answer.allowedContentTypes());
    assertTrue(answer.toString().contains("STS.id"));
    assertFalse(answer.toString().contains("se/cr"));
    assertFalse(answer.toString().contains("tok+en"));
  }

  @Test
  void readsEachWireNameInAnyCaseAndFallsBackToTheDefaultForAnythingElse() {
    for (OssSignatureVersion version : OssSignatureVersion.values()) {
      assertEquals(version, OssSignatureVersion.fromWireName(version.wireName()));
      assertEquals(version, OssSignatureVersion.fromWireName(version.wireName().toUpperCase()));
    }
    for (ImmSignature signature : ImmSignature.values()) {
      assertEquals(signature, ImmSignature.fromWireName(signature.wireName()));
      assertEquals(signature, ImmSignature.fromWireName(signature.wireName().toUpperCase()));
    }
    for (UploadFlow flow : UploadFlow.values()) {
      assertEquals(flow, UploadFlow.fromWireName(flow.wireName()));
      assertEquals(flow, UploadFlow.fromWireName(flow.wireName().toUpperCase()));
    }
    for (String other : new String[] {null, "", "v2", "acs3 ", "server-signed-"}) {
      assertEquals(OssSignatureVersion.V4, OssSignatureVersion.fromWireName(other));
      assertEquals(ImmSignature.RPC_V1, ImmSignature.fromWireName(other));
      assertEquals(UploadFlow.BROWSER_TOKEN, UploadFlow.fromWireName(other));
    }
  }
}
