package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.OssChanges.authorization;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.CapturedRequest;
import java.util.stream.Stream;

/**
 * OSS signature V4 in the {@code Authorization} header: PutObject and UploadPart as Alibaba's OSS SDK
 * signs them with an STS token, each signed part changed in turn, then the parts V4 leaves unsigned.
 */
class OssV4HeaderTamperTest extends TamperMatrix<OssSdkCaptures> {

  @Override
  OssSdkCaptures captures(OssTestCloud oss) throws Exception {
    return new OssSdkCaptures(oss, SignVersion.V4);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_OSS_V4_HEADER_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_OSS_V4_HEADER_UNSIGNED;
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> signedChanges() throws Exception {
    return Stream.concat(OssCommonCases.signedHeaderChanges(), Stream.of(
        of("query parameter added", c -> c.putObject().withQuery("note", "1"), OSS_MISMATCH),
        of("Content-Disposition (additional header)",
            c -> c.putObject().withHeader("Content-Disposition", "attachment"), OSS_MISMATCH),
        of("x-oss-date one second off", c -> date(c.putObject(), 1), OSS_MISMATCH),
        of("x-oss-date sixteen minutes off", c -> date(c.putObject(), 16 * 60),
            error(403, "RequestTimeTooSkewed")),
        of("x-oss-content-sha256", c -> c.putObject().withHeader("x-oss-content-sha256",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), error(400, "InvalidArgument")),
        of("AccessKeyId", c -> authorization(c.putObject(), "Credential=(STS\\.[^/]+)", null),
            error(403, "AccessKeyIdAndSecurityTokenNotMatch")),
        of("AccessKeyId of no RAM user", c -> authorization(c.putObject(), "Credential=(STS\\.[^/]+)",
            "test-no-such-user-key"), error(403, "InvalidAccessKeyId")),
        of("scope date", c -> authorization(c.putObject(), "/(\\d{8})/", "20200101"),
            error(400, "InvalidArgument")),
        of("scope region", c -> authorization(c.putObject(), "/(cn-hangzhou)/", "cn-shanghai"),
            error(400, "InvalidArgument")),
        of("AdditionalHeaders dropped", c -> authorization(c.putObject(), "(,AdditionalHeaders=[^,]+)", ""),
            OSS_MISMATCH),
        of("signature", c -> authorization(c.putObject(), "Signature=([0-9a-f]+)", null), OSS_MISMATCH)));
  }

  @Override
  Stream<Tamper<OssSdkCaptures>> unsignedChanges() {
    return OssCommonCases.unsignedHeaderChanges(oss.ossPort());
  }

  private static CapturedRequest date(CapturedRequest request, long seconds) {
    return request.withHeader("x-oss-date", Alter.compactSameDay(request.header("x-oss-date"), seconds));
  }
}
