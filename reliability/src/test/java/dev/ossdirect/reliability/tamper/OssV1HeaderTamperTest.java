package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.OssChanges.authorization;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.CapturedRequest;
import java.util.stream.Stream;

/**
 * OSS signature V1 in the {@code Authorization} header: PutObject and UploadPart as Alibaba's OSS SDK
 * signs them with an STS token, each signed part changed in turn, then the parts V1 leaves unsigned
 * (which include any query parameter that is not a sub-resource).
 */
class OssV1HeaderTamperTest extends TamperMatrix<OssSdkCaptures> {

  @Override
  OssSdkCaptures captures(OssTestCloud oss) throws Exception {
    return new OssSdkCaptures(oss, SignVersion.V1);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_OSS_V1_HEADER_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_OSS_V1_HEADER_UNSIGNED;
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> signedChanges() throws Exception {
    return Stream.concat(OssCommonCases.signedHeaderChanges(), Stream.of(
        of("Date one second off", c -> date(c.putObject(), 1), OSS_MISMATCH),
        of("Date sixteen minutes off", c -> date(c.putObject(), 16 * 60), error(403, "RequestTimeTooSkewed")),
        of("AccessKeyId", c -> authorization(c.putObject(), "OSS (STS\\.[^:]+):", null),
            error(403, "AccessKeyIdAndSecurityTokenNotMatch")),
        of("AccessKeyId of no RAM user", c -> authorization(c.putObject(), "OSS (STS\\.[^:]+):",
            "test-no-such-user-key"), error(403, "InvalidAccessKeyId")),
        of("signature", c -> authorization(c.putObject(), ":(.+)$", null), OSS_MISMATCH)));
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> unsignedChanges() {
    return Stream.concat(OssCommonCases.unsignedHeaderChanges(oss.ossPort()), Stream.of(
        of("unsigned query parameter added", c -> c.putObject().withQuery("note", "1"), accepted())));
  }

  private static CapturedRequest date(CapturedRequest request, long seconds) {
    return request.withHeader("Date", Alter.rfc1123(request.header("Date"), seconds));
  }
}
