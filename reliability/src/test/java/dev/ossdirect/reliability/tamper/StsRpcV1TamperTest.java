package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.RpcChanges.parameter;
import static dev.ossdirect.reliability.tamper.RpcChanges.timestamp;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import java.util.stream.Stream;

/**
 * STS AssumeRole with RPC signature V1, as Alibaba's STS SDK signs it with the RAM user's long-term key:
 * every parameter but {@code Signature} is signed, so each is changed in turn; then the parts V1 leaves
 * unsigned (headers, the path, parameters with an empty value).
 */
class StsRpcV1TamperTest extends TamperMatrix<RpcSdkCaptures> {

  @Override
  RpcSdkCaptures captures(OssTestCloud oss) throws Exception {
    return RpcSdkCaptures.forSts(oss);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_RPC_STS_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_RPC_STS_UNSIGNED;
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> signedChanges() {
    return Stream.of(
        of("method POST to GET", c -> c.assumeRole().withMethod("GET"), RPC_MISMATCH),
        of("Action", c -> parameter(c.assumeRole(), "Action"), RPC_MISMATCH),
        of("Version", c -> parameter(c.assumeRole(), "Version"), RPC_MISMATCH),
        of("Format", c -> c.assumeRole().withQuery("Format", "XML"), RPC_MISMATCH),
        of("RoleArn", c -> parameter(c.assumeRole(), "RoleArn"), RPC_MISMATCH),
        of("RoleSessionName", c -> parameter(c.assumeRole(), "RoleSessionName"), RPC_MISMATCH),
        of("DurationSeconds", c -> c.assumeRole().withQuery("DurationSeconds", "3600"), RPC_MISMATCH),
        of("Policy", c -> parameter(c.assumeRole(), "Policy"), RPC_MISMATCH),
        of("SignatureNonce", c -> parameter(c.assumeRole(), "SignatureNonce"), RPC_MISMATCH),
        of("parameter added", c -> c.assumeRole().withQuery("ExternalId", "abcd"), RPC_MISMATCH),
        of("parameter removed", c -> c.assumeRole().withQuery("RoleSessionName", null), RPC_MISMATCH),
        of("Timestamp one second off", c -> timestamp(c.assumeRole(), 1), RPC_MISMATCH),
        of("Timestamp sixteen minutes off", c -> timestamp(c.assumeRole(), 16 * 60),
            error(400, "InvalidTimeStamp.Expired")),
        of("Timestamp malformed", c -> c.assumeRole().withQuery("Timestamp", "2024-02-30T10:00:00Z"),
            error(400, "InvalidTimeStamp.Format")),
        of("SignatureMethod", c -> c.assumeRole().withQuery("SignatureMethod", "HMAC-SHA256"),
            error(400, "InvalidParameter")),
        of("SignatureVersion", c -> c.assumeRole().withQuery("SignatureVersion", "2.0"),
            error(400, "InvalidParameter")),
        of("AccessKeyId", c -> parameter(c.assumeRole(), "AccessKeyId"),
            error(404, "InvalidAccessKeyId.NotFound")),
        of("Signature", c -> parameter(c.assumeRole(), "Signature"), RPC_MISMATCH),
        of("Signature removed", c -> c.assumeRole().withQuery("Signature", null),
            error(400, "MissingSignature")),
        of("secret", RpcSdkCaptures::assumeRoleWithAnotherSecret, RPC_MISMATCH));
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> unsignedChanges() {
    return Stream.of(
        of("nothing: as the SDK sent it", RpcSdkCaptures::assumeRole, accepted()),
        of("User-Agent", c -> c.assumeRole().withHeader("User-Agent", "curl/8.0"), accepted()),
        of("unsigned header added", c -> c.assumeRole().withHeader("X-Forwarded-For", "192.0.2.1"), accepted()),
        of("parameter with an empty value added", c -> c.assumeRole().withQuery("Note", ""), accepted()),
        of("path", c -> c.assumeRole().withPath("/sts"), accepted()));
  }

}
