package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ossdirect.signing.token.UploadFlow;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default, server-signed flow in local mode: what the upload endpoint accepts and refuses, what it
 * signs, and that the browser's token can no longer write, checked with real requests to the local STS and
 * OSS (the official OSS SDK as the client that tries to write with the token).
 */
class ServerSignedUploadsTest {

  private static final long MIB = 1024 * 1024;
  private static final long MAX = 12 * MIB;
  private static final int MAX_FILES = 3;

  @TempDir static Path dataDir;
  private static LocalApp app;
  private static UploadApi api;

  @BeforeAll
  static void startApp() {
    app = LocalApp.start(dataDir, "--rate-limit=0", "--max-file-size=" + MAX,
        "--max-files-per-session=" + MAX_FILES);
    api = new UploadApi(app);
  }

  @AfterAll
  static void stopApp() {
    app.close();
  }

  @Test
  void theTokenSaysWhichFlowAndCannotWriteToTheBucket() throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    JsonNode token = UploadApi.json(app.get(browser, "/api/sts-token"));
    assertEquals("server-signed", token.get("UploadFlow").asText());
    String bucket = app.application.deployment().bucket();
    String key = token.get("UploadPrefix").asText() + "photo.jpg";
    for (SignVersion version : new SignVersion[] {SignVersion.V4, SignVersion.V1}) {
      OSS oss = api.ossWithToken(token, version);
      try {
        OSSException put = assertThrows(OSSException.class, () -> oss.putObject(bucket, key,
            new ByteArrayInputStream("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("AccessDenied", put.getErrorCode());
        OSSException initiate = assertThrows(OSSException.class,
            () -> oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, key)));
        assertEquals("AccessDenied", initiate.getErrorCode());
      } finally {
        oss.shutdown();
      }
    }
    assertTrue(api.stored(key).isEmpty());
  }

  @Test
  void theSizeMustBeFromOneByteToTheLimit() throws Exception {
    HttpClient browser = api.newSession();
    assertEquals(200, api.create(browser, "max.jpg", MAX, "image/jpeg").statusCode());
    assertEquals(200, api.create(browser, "one.jpg", 1, "image/jpeg").statusCode());
    HttpResponse<String> over = api.create(browser, "over.jpg", MAX + 1, "image/jpeg");
    assertEquals(413, over.statusCode());
    assertEquals("FileTooLarge", UploadApi.json(over).get("Code").asText());
    HttpResponse<String> empty = api.create(browser, "empty.jpg", 0, "image/jpeg");
    assertEquals(400, empty.statusCode());
    assertEquals("InvalidSize", UploadApi.json(empty).get("Code").asText());
    assertEquals(400, api.create(browser, "negative.jpg", -1, "image/jpeg").statusCode());
  }

  @Test
  void onlyAllowedTypesAreSigned() throws Exception {
    HttpClient browser = api.newSession();
    for (String type : new String[] {"text/html", "image/svg+xml", "IMAGE/JPEG", "image/jpeg; charset=x", ""}) {
      HttpResponse<String> refused = api.create(browser, "page.html", 100, type);
      assertEquals(400, refused.statusCode(), type);
      assertEquals("ContentTypeNotAllowed", UploadApi.json(refused).get("Code").asText(), type);
    }
    assertEquals(200, api.create(browser, "photo.png", 100, "image/png").statusCode());
  }

  @Test
  void malformedRequestsAreRefusedInTheApisErrorFormat() throws Exception {
    HttpClient browser = api.newSession();
    for (String body : new String[] {"", "[]", "{}", "{\"name\":\"a.jpg\",\"size\":\"12\",\"contentType\":\"image/jpeg\"}",
        "{\"name\":\"a.jpg\",\"size\":1.5,\"contentType\":\"image/jpeg\"}", "{\"name\":\"a.jpg\",\"size\":12}"}) {
      HttpResponse<String> refused = api.post(browser, "/api/uploads", body);
      assertEquals(400, refused.statusCode(), body);
      assertEquals("InvalidRequest", UploadApi.json(refused).get("Code").asText(), body);
    }
  }

  @Test
  void aSessionGetsExactlyItsNumberOfFiles() throws Exception {
    HttpClient browser = api.newSession();
    for (int i = 1; i <= MAX_FILES; i++) {
      assertEquals(200, api.create(browser, "photo" + i + ".jpg", 10, "image/jpeg").statusCode(), "file " + i);
    }
    HttpResponse<String> refused = api.create(browser, "one-more.jpg", 10, "image/jpeg");
    assertEquals(403, refused.statusCode());
    assertEquals("TooManyFiles", UploadApi.json(refused).get("Code").asText());
    // Another session has its own budget.
    assertEquals(200, api.create(api.newSession(), "photo.jpg", 10, "image/jpeg").statusCode());
  }

  @Test
  void aSessionGetsExactlyItsNumberOfBytes() throws Exception {
    try (LocalApp small = LocalApp.start(dataDir.resolve("bytes"), "--max-file-size=100",
        "--max-bytes-per-session=250")) {
      UploadApi smallApi = new UploadApi(small);
      HttpClient browser = smallApi.newSession();
      assertEquals(200, smallApi.create(browser, "a.jpg", 100, "image/jpeg").statusCode());
      assertEquals(200, smallApi.create(browser, "b.jpg", 100, "image/jpeg").statusCode());
      HttpResponse<String> refused = smallApi.create(browser, "c.jpg", 51, "image/jpeg");
      assertEquals(403, refused.statusCode());
      assertEquals("TooManyBytes", UploadApi.json(refused).get("Code").asText());
      assertEquals(200, smallApi.create(browser, "c.jpg", 50, "image/jpeg").statusCode());
      assertEquals(403, smallApi.create(browser, "d.jpg", 1, "image/jpeg").statusCode());
    }
  }

  @Test
  void aSessionTheServerNeverServedCannotUpload() throws Exception {
    HttpResponse<String> refused = api.create(LocalApp.newBrowser(), "photo.jpg", 10, "image/jpeg");
    assertEquals(403, refused.statusCode());
    assertEquals("NoSession", UploadApi.json(refused).get("Code").asText());
  }

  @Test
  void aSmallFileGetsAFormWhosePolicyAllowsExactlyIt() throws Exception {
    HttpClient browser = api.newSession();
    long size = 5 * MIB - 1;
    long before = System.currentTimeMillis();
    JsonNode grant = UploadApi.json(api.create(browser, "My Photo.JPG", size, "image/jpeg"));
    assertEquals("PostObject", grant.get("Method").asText());
    assertEquals(app.application.deployment().bucketUrl().toString(), grant.get("Url").asText());
    String key = grant.get("Key").asText();
    assertTrue(key.matches("uploads/[0-9a-f]{32}/[0-9a-f-]{36}-My-Photo\\.jpg"), key);
    JsonNode fields = grant.get("Fields");
    List<String> names = new ArrayList<>();
    fields.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("key", "Content-Type", "x-oss-forbid-overwrite", "policy", "x-oss-signature-version",
        "x-oss-credential", "x-oss-date", "x-oss-security-token", "x-oss-signature"), names);
    assertEquals(key, fields.get("key").asText());
    JsonNode policy = UploadApi.JSON.readTree(Base64.getDecoder().decode(fields.get("policy").asText()));
    List<String> conditions = new ArrayList<>();
    policy.get("conditions").forEach(condition -> conditions.add(condition.toString()));
    String token = fields.get("x-oss-security-token").asText();
    assertEquals(List.of(
        "{\"bucket\":\"" + app.application.deployment().bucket() + "\"}",
        "[\"eq\",\"$key\",\"" + key + "\"]",
        "[\"content-length-range\"," + size + "," + size + "]",
        "{\"Content-Type\":\"image/jpeg\"}",
        "{\"x-oss-forbid-overwrite\":\"true\"}",
        "{\"x-oss-signature-version\":\"OSS4-HMAC-SHA256\"}",
        "{\"x-oss-credential\":\"" + fields.get("x-oss-credential").asText() + "\"}",
        "{\"x-oss-date\":\"" + fields.get("x-oss-date").asText() + "\"}",
        "{\"x-oss-security-token\":\"" + token + "\"}"), conditions);
    long expires = java.time.Instant.parse(policy.get("expiration").asText()).toEpochMilli();
    assertTrue(expires >= before + 600_000 - 1000 && expires <= System.currentTimeMillis() + 600_000, "expiration");
    // The server's token, not the browser's: the browser's may not write at all.
    JsonNode browserToken = UploadApi.json(app.get(browser, "/api/sts-token"));
    assertFalse(token.equals(browserToken.get("SecurityToken").asText()));
  }

  @Test
  void aLargeFileIsSignedPartByPartForExactlyEachPartsSize() throws Exception {
    HttpClient browser = api.newSession();
    byte[] file = new byte[(int) (6 * MIB)];
    new Random(7).nextBytes(file);
    JsonNode grant = UploadApi.json(api.create(browser, "big.jpg", file.length, "image/jpeg"));
    assertEquals("Multipart", grant.get("Method").asText());
    assertEquals(5 * MIB, grant.get("PartSize").asLong());
    assertEquals(2, grant.get("PartCount").asInt());
    String parts = "/api/uploads/" + grant.get("Id").asText() + "/parts/";
    for (String outside : new String[] {"0", "3", "-1", "x", "10000"}) {
      HttpResponse<String> refused = api.post(browser, parts + outside, "");
      assertEquals(400, refused.statusCode(), outside);
      assertEquals("InvalidPartNumber", UploadApi.json(refused).get("Code").asText(), outside);
    }
    // Another session cannot use this upload.
    assertEquals(404, api.post(api.newSession(), parts + "1", "").statusCode());

    JsonNode part1 = UploadApi.json(api.post(browser, parts + "1", ""));
    assertTrue(part1.get("Headers").get("authorization").asText().contains("AdditionalHeaders=content-length"));
    assertEquals(5 * MIB, part1.get("ContentLength").asLong());
    byte[] first = Arrays.copyOfRange(file, 0, (int) (5 * MIB));
    HttpResponse<String> tooLong = api.sendPart(part1, Arrays.copyOf(first, first.length + 1));
    assertEquals(403, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("SignatureDoesNotMatch"), tooLong.body());
    HttpResponse<String> tooShort = api.sendPart(part1, Arrays.copyOf(first, first.length - 1));
    assertEquals(403, tooShort.statusCode(), tooShort.body());
    HttpResponse<String> sent1 = api.sendPart(part1, first);
    assertEquals(200, sent1.statusCode(), sent1.body());
    JsonNode part2 = UploadApi.json(api.post(browser, parts + "2", ""));
    assertEquals(MIB, part2.get("ContentLength").asLong());
    HttpResponse<String> sent2 = api.sendPart(part2, Arrays.copyOfRange(file, (int) (5 * MIB), file.length));
    assertEquals(200, sent2.statusCode(), sent2.body());

    String complete = "/api/uploads/" + grant.get("Id").asText() + "/complete";
    String etag1 = sent1.headers().firstValue("ETag").orElseThrow();
    String etag2 = sent2.headers().firstValue("ETag").orElseThrow();
    for (String wrong : new String[] {
        "{\"Parts\":[{\"PartNumber\":1,\"ETag\":" + UploadApi.JSON.writeValueAsString(etag1) + "}]}",
        "{\"Parts\":[{\"PartNumber\":1,\"ETag\":\"a\"},{\"PartNumber\":1,\"ETag\":\"b\"}]}",
        "{\"Parts\":[{\"PartNumber\":1,\"ETag\":\"a\"},{\"PartNumber\":3,\"ETag\":\"b\"}]}",
        "{}"}) {
      HttpResponse<String> refused = api.post(browser, complete, wrong);
      assertEquals(400, refused.statusCode(), wrong);
      assertEquals("InvalidPart", UploadApi.json(refused).get("Code").asText(), wrong);
    }
    HttpResponse<String> completed = api.post(browser, complete, "{\"Parts\":["
        + "{\"PartNumber\":2,\"ETag\":" + UploadApi.JSON.writeValueAsString(etag2) + "},"
        + "{\"PartNumber\":1,\"ETag\":" + UploadApi.JSON.writeValueAsString(etag1) + "}]}");
    assertEquals(200, completed.statusCode(), completed.body());
    assertArrayEquals(file, api.stored(grant.get("Key").asText()).orElseThrow());
    // Done: the upload is forgotten, so it can be neither completed again nor aborted.
    assertEquals(404, api.post(browser, complete, "{}").statusCode());
    assertEquals(404, api.delete(browser, "/api/uploads/" + grant.get("Id").asText()).statusCode());
  }

  @Test
  void anAbortedUploadGivesItsShareOfTheBudgetBack() throws Exception {
    HttpClient browser = api.newSession();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= MAX_FILES; i++) {
      ids.add(UploadApi.json(api.create(browser, "big" + i + ".jpg", 6 * MIB, "image/jpeg")).get("Id").asText());
    }
    assertEquals(403, api.create(browser, "big.jpg", 6 * MIB, "image/jpeg").statusCode());
    assertEquals(204, api.delete(browser, "/api/uploads/" + ids.get(0)).statusCode());
    assertEquals(200, api.create(browser, "big.jpg", 6 * MIB, "image/jpeg").statusCode());
    assertEquals(403, api.create(browser, "big.jpg", 6 * MIB, "image/jpeg").statusCode());
  }
}
