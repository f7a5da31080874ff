package dev.ossdirect.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.signing.time.UtcTimestamps;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.TokenAnswer;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token answer as the server's endpoint writes it ({@link TokenAnswer#toJson()}), read by the page's
 * parser: every field and every wire value comes back as it was sent.
 */
class TokenAnswerRoundTripTest {

  private static final long NOW = UtcTimestamps.parseIso8601("2026-01-01T12:00:00Z");

  private static TokenAnswer.Builder answer() {
    return TokenAnswer.builder()
        .token("STS.NUgYrLnoC37mZZCNnAbez2Jix", "3g9R/x+\"q\\\u2028é", "CAIS/+\u00e9\u2029\u0001==",
            "2026-01-01T12:15:00Z")
        .bucket("cn-hangzhou", "web-direct-upload", "http://127.0.0.1:9102/web-direct-upload")
        .imm("http://127.0.0.1:9103", "web-direct-project")
        .uploadPrefix("uploads/0123456789abcdef0123456789abcdef/")
        .limits(20L * 1024 * 1024, List.of("image/jpeg", "image/png", "image/*"));
  }

  private static SessionConfig roundTrip(TokenAnswer answer) {
    return SessionConfig.fromJson(answer.toJson(), NOW, null);
  }

  @Test
  void everyFieldComesBackAsTheServerWroteIt() {
    TokenAnswer sent = answer().build();
    SessionConfig read = roundTrip(sent);
    assertEquals(sent.accessKeyId(), read.credentials().accessKeyId());
    assertEquals(sent.accessKeySecret(), read.credentials().accessKeySecret());
    assertEquals(sent.securityToken(), read.credentials().securityToken());
    assertEquals(UtcTimestamps.parseIso8601(sent.expiration()), (long) read.credentials().expirationMillis());
    assertEquals(sent.region(), read.region());
    assertEquals(sent.bucket(), read.bucket());
    assertEquals(sent.ossEndpoint(), read.ossEndpoint());
    assertEquals(sent.immEndpoint(), read.immEndpoint());
    assertEquals(sent.immProject(), read.immProject());
    assertEquals(sent.uploadPrefix(), read.uploadPrefix());
    assertEquals(sent.maxFileSize(), read.maxFileSize());
    assertEquals(sent.allowedContentTypes(), read.allowedContentTypes());
  }

  @Test
  void everyChoiceComesBackByItsWireName() {
    for (OssSignatureVersion oss : OssSignatureVersion.values()) {
      for (ImmSignature imm : ImmSignature.values()) {
        for (UploadFlow flow : UploadFlow.values()) {
          SessionConfig read =
              roundTrip(answer().ossSignatureVersion(oss).immSignature(imm).uploadFlow(flow).build());
          String sent = oss + " " + imm + " " + flow;
          assertEquals(oss, read.ossSignatureVersion(), sent);
          assertEquals(imm, read.immSignature(), sent);
          assertEquals(flow == UploadFlow.SERVER_SIGNED, read.isServerSigned(), sent);
        }
      }
    }
  }

  @Test
  void theLimitsComeBackAtTheirEdges() {
    // 0 is the smallest size the reader accepts; 5 GiB the largest single PutObject; 2^53 the largest
    // integer a JavaScript number holds exactly.
    for (long size : new long[] {0, 5L * 1024 * 1024 * 1024, 1L << 53}) {
      assertEquals(size, roundTrip(answer().limits(size, List.of()).build()).maxFileSize());
    }
    assertEquals(List.of(), roundTrip(answer().limits(1, List.of()).build()).allowedContentTypes());
  }

  @Test
  void theServersMissingPrefixAndATrailingSlashAreReadAsThePageNeedsThem() {
    SessionConfig read = roundTrip(answer()
        .bucket("cn-hangzhou", "b-1", "https://b-1.oss-cn-hangzhou.aliyuncs.com/")
        .imm("https://imm.cn-hangzhou.aliyuncs.com/", "p")
        .uploadPrefix(null)
        .build());
    assertEquals("https://b-1.oss-cn-hangzhou.aliyuncs.com", read.ossEndpoint());
    assertEquals("https://imm.cn-hangzhou.aliyuncs.com", read.immEndpoint());
    assertEquals("", read.uploadPrefix());
  }
}
