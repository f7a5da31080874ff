package dev.ossdirect.client.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.failure.ServiceError;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OssDialectTest {

  private final OssDialect dialect = new OssDialect("http://127.0.0.1:8080");

  private static HttpResponse response(int status, String body, Map<String, String> headers) {
    return HttpResponse.received(status, body, headers::get);
  }

  @Test
  void readsTheErrorDocument() {
    ServiceError error = dialect.parseError(response(403,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n"
            + "  <Message>You have no right to access this object because of bucket acl.</Message>\n"
            + "  <RequestId>5C3D9175B6FC201293AD4890</RequestId>\n  <HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId>\n"
            + "</Error>", Map.of()));
    assertEquals("AccessDenied", error.code());
    assertEquals("You have no right to access this object because of bucket acl.", error.message());
    assertEquals("5C3D9175B6FC201293AD4890", error.requestId());
    assertNull(error.serverTimeMillis());
    assertFalse(error.rejectsCredentials());
  }

  @Test
  void takesTheRequestIdFromTheHeaderWhenTheBodyHasNone() {
    ServiceError error = dialect.parseError(response(403, "<Error><Code>AccessDenied</Code></Error>",
        Map.of("x-oss-request-id", "REQ-1")));
    assertEquals("REQ-1", error.requestId());
  }

  @Test
  void aBodyWithoutErrorIsNoError() {
    assertNull(dialect.parseError(response(500, "", Map.of())));
  }

  @Test
  void readsTheServerTimeOfASkewedRequest() {
    ServiceError error = dialect.parseError(response(403,
        "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the "
            + "current time is too large.</Message><RequestId>R</RequestId><MaxAllowedSkewMilliseconds>900000"
            + "</MaxAllowedSkewMilliseconds><RequestTime>2016-10-25T07:15:40.000Z</RequestTime>"
            + "<ServerTime>2016-10-25T07:47:41.123Z</ServerTime></Error>", Map.of()));
    assertTrue(dialect.isClockSkew(error));
    assertEquals(UtcTimestamps.parseIso8601("2016-10-25T07:47:41Z") + 123.0, error.serverTimeMillis());
    assertEquals((double) UtcTimestamps.parseIso8601("2016-10-25T07:47:41Z"), OssDialect.parseServerTime("2016-10-25T07:47:41Z"));
    assertNull(OssDialect.parseServerTime("yesterday"));
    assertEquals(253_402_300_799_999.0, OssDialect.parseServerTime("9999-12-31T23:59:59.999Z"));
  }

  @Test
  void recognisesRefusedCredentials() {
    for (String code : new String[] {"InvalidAccessKeyId", "SecurityTokenExpired", "InvalidSecurityToken"}) {
      assertTrue(dialect.parseError(response(403, "<Error><Code>" + code + "</Code></Error>", Map.of()))
          .rejectsCredentials(), code);
    }
  }

  @Test
  void readsTheFineGrainedCodeAndItsTroubleshootingPage() {
    ServiceError error = dialect.parseError(response(400,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>MissingArgument</Code>\n"
            + "  <Message>Missing Some Required Arguments.</Message>\n  <RequestId>57ABD896CCB80C366955</RequestId>\n"
            + "  <HostId>oss-example.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <EC>0016-00000502</EC>\n"
            + "  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0016-00000502</RecommendDoc>\n</Error>",
        Map.of("x-oss-ec", "0016-00000502")));
    assertEquals("0016-00000502", error.ec());
    assertEquals("https://api.aliyun.com/troubleshoot?q=0016-00000502", error.recommend());
  }

  @Test
  void takesTheFineGrainedCodeFromTheHeaderWhenTheBodyHasNone() {
    assertEquals("0003-00000001", dialect.parseError(response(403,
        "<Error><Code>AccessDenied</Code></Error>", Map.of("x-oss-ec", "0003-00000001"))).ec());
    assertEquals("0003-00000001", dialect.parseError(response(403,
        "<Error><Code>AccessDenied</Code><EC></EC></Error>", Map.of("x-oss-ec", "0003-00000001"))).ec());
    assertEquals("0002-00000040", dialect.parseError(response(403,
        "<Error><Code>SignatureDoesNotMatch</Code><EC>0002-00000040</EC></Error>",
        Map.of("x-oss-ec", "0003-00000001"))).ec());
  }

  @Test
  void anErrorWithoutAFineGrainedCodeHasNone() {
    ServiceError error = dialect.parseError(response(400, "<Error><Code>InvalidDigest</Code></Error>", Map.of()));
    assertNull(error.ec());
    assertNull(error.recommend());
  }

  @Test
  void anErrorWithoutABodyKeepsTheFineGrainedCodeOfItsHeader() {
    HttpResponse response = response(404, "", Map.of("x-oss-request-id", "REQ-2", "x-oss-ec", "0026-00000001"));
    assertNull(dialect.parseError(response));
    Failure failure = dialect.describe(response, null);
    assertEquals("OSS answered HTTP 404 without an explanation.", failure.summary());
    assertEquals("REQ-2", failure.serviceError().requestId());
    assertEquals("0026-00000001", failure.serviceError().ec());
    assertNull(failure.serviceError().recommend());
  }

  @Test
  void blamesTheCorsRuleForAResponseTheBrowserHid() {
    Failure failure = dialect.describe(HttpResponse.networkError(), null);
    assertTrue(failure.hint().contains("CORS rule"));
    assertTrue(failure.hint().contains("http://127.0.0.1:8080"));
    assertTrue(failure.hint().contains("expose the ETag"));
    assertTrue(failure.hint().contains("x-oss-ec"));
  }

  @Test
  void explainsARefusalWithTheServiceError() {
    HttpResponse response = response(403, "<Error><Code>SignatureDoesNotMatch</Code><Message>m</Message>"
        + "<RequestId>R</RequestId></Error>", Map.of());
    Failure failure = dialect.describe(response, dialect.parseError(response));
    assertEquals("OSS refused the request (HTTP 403).", failure.summary());
    assertEquals("SignatureDoesNotMatch", failure.serviceError().code());
    assertTrue(failure.hint().contains("signature version"));
  }
}
