package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.APP_ORIGIN;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostObject on the local OSS, with forms signed by the project's library (V1 and V4) and sent byte for
 * byte: the upload a signed policy describes, the edges of its size range and of its expiry, every field
 * it binds changed after signing, overwrites, RAM rights, the answer it asks for, addressing, CORS, and
 * forms that are broken or ask for more than the local OSS does. After every refusal the key holds no
 * object and the data folder no temporary file.
 */
class PostObjectTest {

  private static final AtomicInteger KEYS = new AtomicInteger();

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static Credentials sts;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    sts = oss.assumeRole();
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  @AfterEach
  void nothingHalfWritten() throws Exception {
    oss.clock.setOffset(0);
    assertEquals(0, DataFolder.temporaryFiles(dataDir).size(), "temporary files left behind");
  }

  // ---------------------------------------------------------------------------------------------------
  // The upload a policy describes

  @ParameterizedTest(name = "V4 {0}")
  @ValueSource(booleans = {false, true})
  void storesTheFileTheSignedPolicyDescribes(boolean v4) throws Exception {
    String key = newKey("photo 照片+1.jpg");
    byte[] file = OssBytes.random(300_000, 1);
    OssPostPolicy policy = uploadPolicy(key, file.length).build();

    RawHttp.Response response = post(form(sign(v4, policy, sts), key, file));

    assertEquals(204, response.status(), response.text());
    assertEquals("\"" + OssBytes.etag(file) + "\"", response.header("ETag"));
    assertEquals(OssBytes.contentMd5(file), response.header("Content-MD5"));
    RawHttp.Response stored = read(key);
    assertEquals(200, stored.status());
    assertArrayEquals(file, stored.body());
    assertEquals("image/jpeg", stored.header("Content-Type"));
  }

  @ParameterizedTest(name = "V4 {0}")
  @ValueSource(booleans = {false, true})
  void acceptsSizesAtBothEndsOfTheRangeAndRefusesOneByteBeyond(boolean v4) throws Exception {
    String prefix = newKey("range") + "/";
    Map<String, String> signed = sign(v4, OssPostPolicy.builder(oss.clock.currentTimeMillis() + 600_000)
        .bucket(BUCKET).keyStartsWith(prefix).contentLengthRange(100, 200).build(), sts);

    assertEquals(204, post(form(signed, prefix + "min", OssBytes.random(100, 2))).status());
    assertEquals(204, post(form(signed, prefix + "max", OssBytes.random(200, 3))).status());
    assertEquals(100, read(prefix + "min").body().length);
    assertEquals(200, read(prefix + "max").body().length);

    RawHttp.Response tooSmall = post(form(signed, prefix + "min-1", OssBytes.random(99, 4)));
    assertError(400, "EntityTooSmall", tooSmall);
    assertTrue(tooSmall.text().contains("<MinSizeAllowed>100</MinSizeAllowed>"), tooSmall.text());
    assertNotStored(prefix + "min-1");
    RawHttp.Response tooLarge = post(form(signed, prefix + "max+1", OssBytes.random(201, 5)));
    assertError(400, "EntityTooLarge", tooLarge);
    assertTrue(tooLarge.text().contains("<MaxSizeAllowed>200</MaxSizeAllowed>"), tooLarge.text());
    assertNotStored(prefix + "max+1");

    String elsewhere = newKey("elsewhere");
    assertConditionFailed(post(form(signed, elsewhere, OssBytes.random(100, 28))), "starts-with");
    assertNotStored(elsewhere);
  }

  @Test
  void checksInAndNotInLists() throws Exception {
    String prefix = newKey("lists") + "/";
    Map<String, String> signed = sign(true, OssPostPolicy.builder(oss.clock.currentTimeMillis() + 600_000)
        .keyStartsWith(prefix).in("content-type", "image/png", "image/jpeg")
        .notIn("x-oss-meta-owner", "mallory").build(), sts);
    byte[] file = OssBytes.random(8, 29);
    assertEquals(204, post(PostForms.form().fields(signed).field("key", prefix + "jpeg")
        .field("x-oss-meta-owner", "alice").file("a.jpg", "image/jpeg", file)).status());
    assertEquals("alice", read(prefix + "jpeg").header("x-oss-meta-owner"));
    assertConditionFailed(post(PostForms.form().fields(signed).field("key", prefix + "gif")
        .file("a.gif", "image/gif", file)), "[\"in\",\"$content-type\"");
    assertConditionFailed(post(PostForms.form().fields(signed).field("key", prefix + "mallory")
        .field("X-OSS-META-OWNER", "mallory").file("a.png", "image/png", file)), "not-in");
    assertNotStored(prefix + "gif");
    assertNotStored(prefix + "mallory");
  }

  @Test
  void anExactSizeAllowsThatSizeOnlyAndAnEmptyRangeAnEmptyFile() throws Exception {
    String key = newKey("exact");
    Map<String, String> exact = sign(true, uploadPolicy(key, 1000).build(), sts);
    assertError(400, "EntityTooSmall", post(form(exact, key, OssBytes.random(999, 6))));
    assertError(400, "EntityTooLarge", post(form(exact, key, OssBytes.random(1001, 7))));
    assertNotStored(key);
    assertEquals(204, post(form(exact, key, OssBytes.random(1000, 8))).status());

    String empty = newKey("empty");
    Map<String, String> nothing = sign(true, uploadPolicy(empty, 0).build(), sts);
    assertError(400, "EntityTooLarge", post(form(nothing, empty, new byte[1])));
    assertEquals(204, post(form(nothing, empty, new byte[0])).status());
    assertEquals(0, read(empty).body().length);
  }

  @Test
  void streamsTheLargestFileTheAppAllows() throws Exception {
    String key = newKey("large.jpg");
    byte[] file = OssBytes.random(20 * 1024 * 1024, 9);
    RawHttp.Response response = post(form(sign(true, uploadPolicy(key, file.length).build(), sts), key, file));
    assertEquals(204, response.status(), response.text());
    assertEquals("\"" + OssBytes.etag(file) + "\"", response.header("ETag"));
    assertArrayEquals(OssBytes.md5(file), OssBytes.md5(read(key).body()));
  }

  // ---------------------------------------------------------------------------------------------------
  // Expiry

  @ParameterizedTest(name = "V4 {0}")
  @ValueSource(booleans = {false, true})
  void aPolicyHoldsUntilTheMillisecondBeforeItsExpiration(boolean v4) throws Exception {
    long expiration = oss.clock.currentTimeMillis() + 60_000;
    String last = newKey("last");
    oss.clock.freezeAt(expiration - 1);
    RawHttp.Response inTime = post(form(sign(v4, uploadPolicy(last, 10, expiration).build(), sts), last,
        OssBytes.random(10, 10)));
    assertEquals(204, inTime.status(), inTime.text());

    String late = newKey("late");
    oss.clock.freezeAt(expiration);
    RawHttp.Response expired = post(form(sign(v4, uploadPolicy(late, 10, expiration).build(), sts), late,
        OssBytes.random(10, 11)));
    assertError(403, "AccessDenied", expired);
    assertTrue(expired.text().contains("Invalid according to Policy: Policy expired."), expired.text());
    assertNotStored(late);
  }

  @Test
  void anExpiredSecurityTokenIsRefusedWhateverThePolicySays() throws Exception {
    Credentials shortLived = oss.assumeRole(900);
    oss.clock.setOffset(901_000);
    String key = newKey("token");
    RawHttp.Response response =
        post(form(sign(true, uploadPolicy(key, 10).build(), shortLived), key, OssBytes.random(10, 12)));
    assertError(403, "SecurityTokenExpired", response);
    assertNotStored(key);
  }

  // ---------------------------------------------------------------------------------------------------
  // Fields changed after signing

  @ParameterizedTest(name = "V4 {0}")
  @ValueSource(booleans = {false, true})
  void everyFieldThePolicyBindsIsChecked(boolean v4) throws Exception {
    String key = newKey("bound.jpg");
    byte[] file = OssBytes.random(64, 13);
    Map<String, String> signed = sign(v4, uploadPolicy(key, file.length).build(), sts);

    assertConditionFailed(post(form(signed, newKey("other.jpg"), file)), "$key");
    assertConditionFailed(post(PostForms.form().fields(signed).field("key", key)
        .field("x-oss-forbid-overwrite", "true").file("a.html", "text/html", file)), "Content-Type");
    assertConditionFailed(post(PostForms.form().fields(signed).field("key", key)
        .file("a.jpg", "image/jpeg", file)), "x-oss-forbid-overwrite");
    Map<String, String> otherBucket = sign(v4, uploadPolicy(key, file.length).bucket("another-bucket").build(), sts);
    assertConditionFailed(post(form(otherBucket, key, file)), "another-bucket");

    Credentials longTerm = Credentials.of(oss.cloud.ramUserAccessKey().accessKeyId(),
        oss.cloud.ramUserAccessKey().accessKeySecret());
    Map<String, String> tokenBound = sign(v4, uploadPolicy(key, file.length).securityToken("secret-token-x").build(),
        longTerm);
    RawHttp.Response withoutToken = post(form(tokenBound, key, file));
    assertConditionFailed(withoutToken, "the condition on x-oss-security-token");
    assertTrue(!withoutToken.text().contains("secret-token-x"), withoutToken.text());
    assertNotStored(key);
  }

  @ParameterizedTest(name = "V4 {0}")
  @ValueSource(booleans = {false, true})
  void aSignedFieldChangedAfterSigningBreaksTheSignature(boolean v4) throws Exception {
    String key = newKey("signed.jpg");
    byte[] file = OssBytes.random(64, 14);
    Map<String, String> signed = sign(v4, uploadPolicy(key, file.length).build(), sts);
    String signatureField = v4 ? "x-oss-signature" : "Signature";

    Map<String, String> widerPolicy = new LinkedHashMap<>(signed);
    String document = Utf8.decode(Base64.decode(signed.get("policy")));
    widerPolicy.put("policy", Base64.encode(Utf8.encode(document.replace("[\"content-length-range\",64,64]",
        "[\"content-length-range\",0,5368709120]"))));
    assertError(403, "SignatureDoesNotMatch", post(form(widerPolicy, key, OssBytes.random(65, 15))));

    Map<String, String> forged = new LinkedHashMap<>(signed);
    String signature = signed.get(signatureField);
    forged.put(signatureField, (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1));
    RawHttp.Response mismatch = post(form(forged, key, file));
    assertError(403, "SignatureDoesNotMatch", mismatch);
    assertTrue(!mismatch.text().contains(sts.securityToken()) && !mismatch.text().contains(signed.get("policy")),
        "the answer shows neither the token nor the policy that holds it");

    Map<String, String> otherToken = new LinkedHashMap<>(signed);
    otherToken.put("x-oss-security-token", oss.assumeRole().securityToken());
    assertError(403, "AccessKeyIdAndSecurityTokenNotMatch", post(form(otherToken, key, file)));
    assertNotStored(key);
  }

  @Test
  void theV4DateAndCredentialAreBoundToo() throws Exception {
    String key = newKey("dated.jpg");
    byte[] file = OssBytes.random(64, 16);
    Map<String, String> signed = sign(true, uploadPolicy(key, file.length).build(), sts);

    // A few seconds off (the last digit of the seconds changed), so the day and the time window still
    // hold and only the policy's condition on the signed date can refuse it, at any hour of the day.
    Map<String, String> secondsLater = new LinkedHashMap<>(signed);
    String date = signed.get("x-oss-date");
    secondsLater.put("x-oss-date", date.substring(0, 14) + (date.charAt(14) == '0' ? "1" : "0")
        + date.substring(15));
    assertConditionFailed(post(form(secondsLater, key, file)), "x-oss-date");

    Map<String, String> otherRegion = new LinkedHashMap<>(signed);
    otherRegion.put("x-oss-credential", signed.get("x-oss-credential").replace("/cn-hangzhou/", "/cn-beijing/"));
    assertError(400, "InvalidArgument", post(form(otherRegion, key, file)));

    oss.clock.setOffset(-16 * 60_000);
    assertError(403, "RequestTimeTooSkewed", post(form(signed, key, file)));
    assertNotStored(key);
  }

  @Test
  void keepsTheHttpHeaderFieldsAsPutObjectKeepsTheHeaders() throws Exception {
    String prefix = newKey("headers") + "/";
    Map<String, String> signed = sign(true, OssPostPolicy.builder(oss.clock.currentTimeMillis() + 600_000)
        .keyStartsWith(prefix).build(), sts);
    assertEquals(204, post(PostForms.form().fields(signed).field("key", prefix + "page.html")
        .field("Content-Disposition", "attachment; filename=page.html").field("Cache-Control", "no-store")
        .file("page.html", "text/html", OssBytes.random(8, 30))).status());
    RawHttp.Response stored = read(prefix + "page.html");
    assertEquals("attachment; filename=page.html", stored.header("Content-Disposition"));
    assertEquals("no-store", stored.header("Cache-Control"));
  }

  // ---------------------------------------------------------------------------------------------------
  // Overwrites and rights

  @Test
  void forbidOverwriteKeepsAnObjectThatIsAlreadyThere() throws Exception {
    String key = newKey("once.jpg");
    byte[] first = OssBytes.random(32, 17);
    byte[] second = OssBytes.random(32, 18);
    Map<String, String> signed = sign(true, uploadPolicy(key, 32).build(), sts);
    assertEquals(204, post(form(signed, key, first)).status());

    RawHttp.Response again = post(form(signed, key, second));
    assertError(409, "FileAlreadyExists", again);
    assertArrayEquals(first, read(key).body());

    Map<String, String> overwriting = sign(true, OssPostPolicy.builder(oss.clock.currentTimeMillis() + 600_000)
        .key(key).contentLengthRange(32, 32).build(), sts);
    assertEquals(204, post(PostForms.form().fields(overwriting).field("key", key)
        .file("once.jpg", "image/jpeg", second)).status());
    assertArrayEquals(second, read(key).body());
  }

  @Test
  void theTokenMustMayPutTheObject() throws Exception {
    String outside = "private/" + newKey("x.jpg");
    byte[] file = OssBytes.random(16, 19);
    RawHttp.Response denied = post(form(sign(true, uploadPolicy(outside, 16).build(), sts), outside, file));
    assertError(403, "AccessDenied", denied);
    assertTrue(denied.text().contains("Access denied by authorizer's policy."), denied.text());

    String key = newKey("rights.jpg");
    Credentials readOnly = oss.assumeRole(900,
        OssTestCloud.allow("oss:GetObject", "acs:oss:*:*:" + BUCKET + "/uploads/*"));
    assertError(403, "AccessDenied", post(form(sign(true, uploadPolicy(key, 16).build(), readOnly), key, file)));
    assertNotStored(key);

    Credentials thisKeyOnly = oss.assumeRole(900,
        OssTestCloud.allow("oss:PutObject", "acs:oss:*:*:" + BUCKET + "/" + key));
    assertEquals(204, post(form(sign(true, uploadPolicy(key, 16).build(), thisKeyOnly), key, file)).status());
    String next = newKey("rights.jpg");
    assertError(403, "AccessDenied",
        post(form(sign(true, uploadPolicy(next, 16).build(), thisKeyOnly), next, file)));
  }

  // ---------------------------------------------------------------------------------------------------
  // The answer, the addresses and CORS

  @Test
  void answersWithTheStatusTheFormAsksFor() throws Exception {
    for (String status : new String[] {"200", "201", "204", "302", ""}) {
      String key = newKey("status-" + status + ".jpg");
      byte[] file = OssBytes.random(8, 20);
      RawHttp.Response response = post(fieldsOf(sign(false, uploadPolicy(key, 8).build(), sts), key)
          .field("success_action_status", status).file("photo.jpg", "image/jpeg", file));
      int expected = status.equals("200") ? 200 : status.equals("201") ? 201 : 204;
      assertEquals(expected, response.status(), status);
      if (expected == 201) {
        assertTrue(response.text().contains("<PostResponse><Bucket>" + BUCKET + "</Bucket><Location>http://"),
            response.text());
        assertTrue(response.text().contains("<Key>" + key + "</Key><ETag>\"" + OssBytes.etag(file) + "\"</ETag>"),
            response.text());
      } else {
        assertEquals(0, response.body().length);
      }
    }
  }

  @Test
  void takesTheFormAtTheBucketVirtualHostedOrPathStyle() throws Exception {
    for (String[] address : new String[][] {
      {"/", BUCKET + ".localhost:" + oss.ossPort()},
      {"/" + BUCKET + "/", "127.0.0.1:" + oss.ossPort()},
      {"/" + BUCKET, "localhost:" + oss.ossPort()}
    }) {
      String key = newKey("addressed.jpg");
      RawHttp.Response response = form(sign(true, uploadPolicy(key, 8).build(), sts), key, OssBytes.random(8, 21))
          .header("Host", address[1]).post(oss.ossPort(), address[0]);
      assertEquals(204, response.status(), address[0] + " " + response.text());
      assertEquals(8, read(key).body().length);
    }
  }

  @Test
  void aBrowserOnTheAppsOriginMayPostAndReadTheAnswer() throws Exception {
    RawHttp.Response preflight = RawHttp.send(oss.ossPort(), "OPTIONS", "/" + BUCKET,
        Map.of("Origin", APP_ORIGIN, "Access-Control-Request-Method", "POST"), new byte[0]);
    assertEquals(200, preflight.status(), preflight.text());
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));

    String key = newKey("cors.jpg");
    Map<String, String> signed = sign(true, uploadPolicy(key, 8).build(), sts);
    RawHttp.Response stored = post(form(signed, key, OssBytes.random(8, 22)).header("Origin", APP_ORIGIN));
    assertEquals(204, stored.status());
    assertEquals(APP_ORIGIN, stored.header("Access-Control-Allow-Origin"));
    assertTrue(stored.header("Access-Control-Expose-Headers").contains("ETag"));
    RawHttp.Response refused = post(form(signed, key, OssBytes.random(9, 23)).header("Origin", APP_ORIGIN));
    assertEquals(409, refused.status());
    assertEquals(APP_ORIGIN, refused.header("Access-Control-Allow-Origin"));
  }

  // ---------------------------------------------------------------------------------------------------
  // Broken forms, and what the local OSS does not do

  @Test
  void refusesFormsThatAreNotSignedOrNotWellFormed() throws Exception {
    String key = newKey("broken.jpg");
    byte[] file = OssBytes.random(8, 24);
    OssPostPolicy policy = uploadPolicy(key, 8).build();
    Map<String, String> signed = sign(true, policy, sts);

    assertError(403, "AccessDenied", post(form(Map.of(), key, file)));
    Map<String, String> both = new LinkedHashMap<>(signed);
    both.putAll(sign(false, policy, sts));
    assertError(400, "InvalidArgument", post(form(both, key, file)));
    assertError(400, "MalformedPOSTRequest", RawHttp.send(oss.ossPort(), "POST", "/" + BUCKET,
        Map.of("Content-Type", "application/x-www-form-urlencoded"), "key=a".getBytes()));
    assertError(400, "MalformedPOSTRequest", post(PostForms.form().fields(signed).field("key", key)));
    assertError(400, "MalformedPOSTRequest",
        post(PostForms.form().fields(signed).field("key", key).field("KEY", key).file("a", "image/jpeg", file)));
    assertError(403, "AccessDenied", post(PostForms.form().field("key", key).file("a.jpg", "image/jpeg", file)
        .fields(signed)));
    assertError(400, "InvalidArgument", post(PostForms.form().fields(signed).file("a.jpg", "image/jpeg", file)));
    assertNotStored(key);

    RawHttp.Response cut = form(signed, key, OssBytes.random(200_000, 25)).postCutShort(oss.ossPort(),
        "/" + BUCKET, 100_000);
    assertTrue(cut == null || cut.status() >= 400, cut == null ? "" : cut.text());
    assertNotStored(key);
  }

  @Test
  void refusesPoliciesThatAreNotValidDocuments() throws Exception {
    String key = newKey("invalid.jpg");
    byte[] file = OssBytes.random(8, 26);
    for (String document : new String[] {
      "not json",
      "{\"conditions\":[]}",
      "{\"expiration\":\"tomorrow\",\"conditions\":[]}",
      "{\"expiration\":\"2999-01-01T00:00:00.000Z\",\"conditions\":[{\"a\":\"1\",\"b\":\"2\"}]}",
      "{\"expiration\":\"2999-01-01T00:00:00.000Z\",\"conditions\":[[\"content-length-range\",9,8]]}",
      "{\"expiration\":\"2999-01-01T00:00:00.000Z\",\"conditions\":[[\"matches\",\"$key\",\"a\"]]}"
    }) {
      String encoded = Base64.encode(Utf8.encode(document));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("OSSAccessKeyId", sts.accessKeyId());
      fields.put("policy", encoded);
      fields.put("Signature", OssPostSignatureV1.signature(encoded, sts.accessKeySecret()));
      fields.put("x-oss-security-token", sts.securityToken());
      assertError(400, "InvalidPolicyDocument", post(form(fields, key, file)));
    }
    Map<String, String> v4WithoutDate = new OssPostSignatureV4(oss.cloud.region(), oss.clock)
        .sign(uploadPolicy(key, 8).build(), sts);
    String document = Utf8.decode(Base64.decode(v4WithoutDate.get("policy")));
    String undated = document.replaceAll(",\\{\"x-oss-date\":\"[0-9TZ]+\"}", "");
    String encoded = Base64.encode(Utf8.encode(undated));
    v4WithoutDate.put("policy", encoded);
    v4WithoutDate.put("x-oss-signature", OssPostSignatureV4.signature(encoded, sts.accessKeySecret(),
        v4WithoutDate.get("x-oss-date").substring(0, 8), oss.cloud.region()));
    RawHttp.Response response = post(form(v4WithoutDate, key, file));
    assertError(400, "InvalidPolicyDocument", response);
    assertTrue(response.text().contains("x-oss-date"), response.text());
    assertNotStored(key);
  }

  @Test
  void refusesWhatTheLocalOssDoesNotDo() throws Exception {
    String key = newKey("unsupported.jpg");
    byte[] file = OssBytes.random(8, 27);
    Map<String, String> signed = sign(true, uploadPolicy(key, 8).build(), sts);
    assertError(501, "NotImplemented", post(fieldsOf(signed, key).field("x-oss-object-acl", "public-read")
        .file("a.jpg", "image/jpeg", file)));
    assertError(501, "NotImplemented", post(fieldsOf(signed, key)
        .field("success_action_redirect", "https://example.com/").file("a.jpg", "image/jpeg", file)));
    String templated = newKey("${filename}");
    assertError(501, "NotImplemented",
        post(form(sign(true, uploadPolicy(templated, 8).build(), sts), templated, file)));
    assertNotStored(key);
    RawHttp.Response ignoringTheRest = post(form(signed, key, file).field("x-oss-object-acl", "public-read")
        .field("submit", "Upload"));
    assertEquals(204, ignoringTheRest.status(), "fields after the file are ignored: " + ignoringTheRest.text());
  }

  @Test
  void namesTheDocumentedCauseOfAFormsErrorsAndNoOther() throws Exception {
    String key = newKey("ec.jpg");
    byte[] file = OssBytes.random(8, 30);
    Map<String, String> signed = sign(true, uploadPolicy(key, 8).build(), sts);
    assertEquals("0006-00000103", post(fieldsOf(signed, key)).header("x-oss-ec"));
    Map<String, String> badCredential = new LinkedHashMap<>(signed);
    badCredential.put("x-oss-credential", signed.get("x-oss-credential").replace("aliyun_v4_request", "abc"));
    assertEquals("0002-00000710", post(form(badCredential, key, file)).header("x-oss-ec"));
    String[][] documents = {
      {"{\"expiration\":\"2999-01-01T00:00:00Z\"}", "0006-00000207"},
      {"{\"expiration\":\"2999-01-01T00:00:00Z\",\"conditions\":[123]}", "0006-00000222"},
      {"{\"expiration\":\"2999-01-01T00:00:00Z\",\"conditions\":[[\"in\",\"$key\",\"a\"]]}", "0006-00000224"},
      {"{\"expiration\":\"2999-01-01T00:00:00Z\",\"conditions\":[[\"in\",\"$key\"]]}", null}
    };
    for (String[] document : documents) {
      String encoded = Base64.encode(Utf8.encode(document[0]));
      Map<String, String> fields = new LinkedHashMap<>(sign(false, uploadPolicy(key, 8).build(), sts));
      fields.put("policy", encoded);
      fields.put("Signature", OssPostSignatureV1.signature(encoded, sts.accessKeySecret()));
      RawHttp.Response response = post(form(fields, key, file));
      assertError(400, "InvalidPolicyDocument", response);
      assertEquals(document[1], response.header("x-oss-ec"), document[0]);
    }
    String outside = "private/" + newKey("ec.jpg");
    assertEquals("0003-00000301",
        post(form(sign(true, uploadPolicy(outside, 8).build(), sts), outside, file)).header("x-oss-ec"));
    Map<String, String> forged = new LinkedHashMap<>(signed);
    forged.put("x-oss-signature", "0".repeat(64));
    assertNull(post(form(forged, key, file)).header("x-oss-ec"));
    assertNull(post(form(signed, newKey("other.jpg"), file)).header("x-oss-ec"));
    assertNotStored(key);
  }

  // ---------------------------------------------------------------------------------------------------

  private static String newKey(String name) {
    return "uploads/post/" + KEYS.incrementAndGet() + "-" + name;
  }

  /** A policy for exactly {@code key}, exactly {@code size} bytes, a JPEG, no overwrite, for ten minutes. */
  private static OssPostPolicy.Builder uploadPolicy(String key, long size) {
    return uploadPolicy(key, size, oss.clock.currentTimeMillis() + 600_000);
  }

  private static OssPostPolicy.Builder uploadPolicy(String key, long size, long expirationMillis) {
    return OssPostPolicy.builder(expirationMillis)
        .bucket(BUCKET)
        .key(key)
        .contentLengthRange(size, size)
        .contentType("image/jpeg")
        .forbidOverwrite();
  }

  private static Map<String, String> sign(boolean v4, OssPostPolicy policy, Credentials credentials) {
    return v4
        ? new OssPostSignatureV4(oss.cloud.region(), oss.clock).sign(policy, credentials)
        : OssPostSignatureV1.sign(policy, credentials);
  }

  /** The form a browser sends for {@link #uploadPolicy}: the signed fields, the key, the bound fields, the file. */
  private static PostForms form(Map<String, String> signed, String key, byte[] file) {
    return fieldsOf(signed, key).file("photo.jpg", "image/jpeg", file);
  }

  /** The fields of {@link #form}, without the file: more fields can follow. */
  private static PostForms fieldsOf(Map<String, String> signed, String key) {
    return PostForms.form()
        .fields(signed)
        .field("key", key)
        .field("Content-Type", "image/jpeg")
        .field("x-oss-forbid-overwrite", "true");
  }

  private static RawHttp.Response post(PostForms form) throws Exception {
    return form.post(oss.ossPort(), "/" + BUCKET);
  }

  /** GetObject of {@code key}, signed with V4 by the project's library. */
  private static RawHttp.Response read(String key) throws Exception {
    return new SignedRequests(oss.ossPort(), oss.cloud.region(), sts, oss.clock)
        .send("GET", BUCKET, key, Map.of(), new byte[0]);
  }

  private static void assertNotStored(String key) throws Exception {
    assertEquals(404, read(key).status(), key);
  }

  private static void assertConditionFailed(RawHttp.Response response, String about) {
    assertError(403, "AccessDenied", response);
    assertTrue(response.text().contains("Invalid according to Policy: Policy Condition failed: "), response.text());
    assertTrue(response.text().contains(about), response.text());
  }

  private static void assertError(int status, String code, RawHttp.Response response) {
    assertEquals(status, response.status(), response.text());
    assertTrue(response.text().contains("<Code>" + code + "</Code>"), response.text());
    assertTrue(response.header("x-oss-request-id").matches("[0-9A-F]{24}"));
    assertNull(response.header("ETag"));
  }
}
