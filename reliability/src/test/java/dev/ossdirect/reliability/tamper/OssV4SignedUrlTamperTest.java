package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.OssChanges.key;
import static dev.ossdirect.reliability.tamper.OssChanges.queryCharacter;
import static dev.ossdirect.reliability.tamper.OssChanges.queryPart;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.CapturedRequest;
import java.util.stream.Stream;

/**
 * OSS V4 signed URLs, as Alibaba's OSS SDK makes them with an STS token for a PUT whose Content-Type is
 * signed: every query parameter is signed, so each is changed in turn, and so are the method, the key and
 * the signed header; then the parts the URL leaves unsigned.
 */
class OssV4SignedUrlTamperTest extends TamperMatrix<OssSdkCaptures> {

  @Override
  OssSdkCaptures captures(OssTestCloud oss) throws Exception {
    return new OssSdkCaptures(oss, SignVersion.V4);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_OSS_V4_URL_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_OSS_V4_URL_UNSIGNED;
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> signedChanges() {
    return Stream.concat(OssCommonCases.signedUrlChanges(), Stream.of(
        of("query parameter added", c -> c.signedUrlPut().withQuery("note", "1"), OSS_MISMATCH),
        of("x-oss-date one second off", c -> date(c.signedUrlPut(), -1), OSS_MISMATCH),
        of("x-oss-date sixteen minutes ahead", c -> sixteenMinutesAhead(c.signedUrlPut()),
            error(403, "RequestTimeTooSkewed")),
        of("x-oss-expires", c -> c.signedUrlPut().withQuery("x-oss-expires", "3601"), OSS_MISMATCH),
        of("x-oss-expires zero", c -> c.signedUrlPut().withQuery("x-oss-expires", "0"),
            error(400, "InvalidArgument")),
        of("x-oss-credential AccessKeyId",
            c -> queryPart(c.signedUrlPut(), "x-oss-credential", "^(STS\\.[^/]+)/", null),
            error(403, "AccessKeyIdAndSecurityTokenNotMatch")),
        of("x-oss-credential AccessKeyId of no RAM user",
            c -> queryPart(c.signedUrlPut(), "x-oss-credential", "^(STS\\.[^/]+)/", "test-no-such-user-key"),
            error(403, "InvalidAccessKeyId")),
        of("x-oss-credential scope date",
            c -> queryPart(c.signedUrlPut(), "x-oss-credential", "/(\\d{8})/", "20200101"),
            error(400, "InvalidArgument")),
        of("x-oss-credential scope region",
            c -> queryPart(c.signedUrlPut(), "x-oss-credential", "/(cn-hangzhou)/", "cn-shanghai"),
            error(400, "InvalidArgument")),
        of("x-oss-signature-version", c -> c.signedUrlPut().withQuery("x-oss-signature-version", "OSS4-HMAC-SHA1"),
            error(400, "InvalidArgument")),
        of("x-oss-security-token", c -> queryCharacter(c.signedUrlPut(), "x-oss-security-token"),
            error(403, "InvalidSecurityToken")),
        of("x-oss-security-token removed", c -> c.signedUrlPut().withQuery("x-oss-security-token", null),
            error(403, "InvalidAccessKeyId")),
        of("x-oss-signature", c -> queryCharacter(c.signedUrlPut(), "x-oss-signature"), OSS_MISMATCH)));
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> unsignedChanges() {
    return OssCommonCases.unsignedUrlChanges();
  }

  private static CapturedRequest date(CapturedRequest request, long seconds) {
    return request.withQuery("x-oss-date", Alter.compactSameDay(request.query("x-oss-date"), seconds));
  }

  /** The URL dated sixteen minutes in the future, its scope moved along if that is the next day. */
  private static CapturedRequest sixteenMinutesAhead(CapturedRequest request) {
    String date = Alter.compact(request.query("x-oss-date"), 16 * 60);
    return request.withQuery("x-oss-date", date)
        .withQuery("x-oss-credential", Headers.replaceGroup(request.query("x-oss-credential"), "/(\\d{8})/",
            date.substring(0, 8)));
  }
}
