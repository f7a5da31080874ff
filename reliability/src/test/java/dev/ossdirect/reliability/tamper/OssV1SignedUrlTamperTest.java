package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.OssChanges.queryCharacter;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.CapturedRequest;
import java.util.stream.Stream;

/**
 * OSS V1 signed URLs, as Alibaba's OSS SDK makes them with an STS token for a PUT whose Content-Type is
 * signed: each signed part changed in turn, then the parts the URL leaves unsigned.
 */
class OssV1SignedUrlTamperTest extends TamperMatrix<OssSdkCaptures> {

  @Override
  OssSdkCaptures captures(OssTestCloud oss) throws Exception {
    return new OssSdkCaptures(oss, SignVersion.V1);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_OSS_V1_URL_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_OSS_V1_URL_UNSIGNED;
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> signedChanges() {
    return Stream.concat(OssCommonCases.signedUrlChanges(), Stream.of(
        of("Expires one second later", c -> expires(c, 1), OSS_MISMATCH),
        of("Expires moved into the past", c -> c.signedUrlPut()
            .withQuery("Expires", Long.toString(oss.clock.currentTimeMillis() / 1000 - 1)),
            error(403, "AccessDenied")),
        of("Expires not a number", c -> c.signedUrlPut().withQuery("Expires", "soon"),
            error(400, "InvalidArgument")),
        of("sub-resource acl added", c -> c.signedUrlPut().withQuery("acl", ""), OSS_MISMATCH),
        of("OSSAccessKeyId", c -> queryCharacter(c.signedUrlPut(), "OSSAccessKeyId"),
            error(403, "AccessKeyIdAndSecurityTokenNotMatch")),
        of("OSSAccessKeyId of no RAM user",
            c -> c.signedUrlPut().withQuery("OSSAccessKeyId", "test-no-such-user-key"),
            error(403, "InvalidAccessKeyId")),
        of("Signature", c -> queryCharacter(c.signedUrlPut(), "Signature"), OSS_MISMATCH),
        of("Signature removed", c -> c.signedUrlPut().withQuery("Signature", null),
            error(400, "InvalidArgument")),
        of("security-token", c -> queryCharacter(c.signedUrlPut(), "security-token"),
            error(403, "InvalidSecurityToken")),
        of("security-token removed", c -> c.signedUrlPut().withQuery("security-token", null),
            error(403, "InvalidAccessKeyId"))));
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> unsignedChanges() {
    return Stream.concat(OssCommonCases.unsignedUrlChanges(), Stream.of(
        of("unsigned query parameter added", c -> c.signedUrlPut().withQuery("note", "1"), accepted())));
  }

  private static CapturedRequest expires(OssSdkCaptures captures, long seconds) {
    CapturedRequest request = captures.signedUrlPut();
    return request.withQuery("Expires", Long.toString(Long.parseLong(request.query("Expires")) + seconds));
  }
}
