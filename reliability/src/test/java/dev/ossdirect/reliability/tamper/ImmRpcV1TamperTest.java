package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.RpcChanges.parameter;
import static dev.ossdirect.reliability.tamper.RpcChanges.timestamp;
import static dev.ossdirect.reliability.tamper.RpcSdkCaptures.RPC_V1;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import java.util.stream.Stream;

/**
 * IMM DetectImageFaces with RPC signature V1, as Alibaba's IMM SDK signs it with an STS token: each signed
 * parameter changed in turn, the security token and the key it belongs to included; then the parts V1
 * leaves unsigned.
 */
class ImmRpcV1TamperTest extends TamperMatrix<RpcSdkCaptures> {

  @Override
  RpcSdkCaptures captures(OssTestCloud oss) throws Exception {
    return RpcSdkCaptures.forImm(oss);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_RPC_IMM_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_RPC_IMM_UNSIGNED;
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> signedChanges() {
    return Stream.of(
        of("method POST to GET", c -> c.detectImageFaces(RPC_V1).withMethod("GET"), RPC_MISMATCH),
        of("Action", c -> parameter(c.detectImageFaces(RPC_V1), "Action"), RPC_MISMATCH),
        of("Version", c -> parameter(c.detectImageFaces(RPC_V1), "Version"), RPC_MISMATCH),
        of("Format", c -> c.detectImageFaces(RPC_V1).withQuery("Format", "XML"), RPC_MISMATCH),
        of("ProjectName", c -> parameter(c.detectImageFaces(RPC_V1), "ProjectName"), RPC_MISMATCH),
        of("SourceURI", c -> parameter(c.detectImageFaces(RPC_V1), "SourceURI"), RPC_MISMATCH),
        of("SignatureNonce", c -> parameter(c.detectImageFaces(RPC_V1), "SignatureNonce"), RPC_MISMATCH),
        of("parameter added", c -> c.detectImageFaces(RPC_V1).withQuery("CredentialConfig", "{}"), RPC_MISMATCH),
        of("Timestamp one second off", c -> timestamp(c.detectImageFaces(RPC_V1), -1), RPC_MISMATCH),
        of("Timestamp sixteen minutes off", c -> timestamp(c.detectImageFaces(RPC_V1), -16 * 60),
            error(400, "InvalidTimeStamp.Expired")),
        of("SecurityToken", c -> parameter(c.detectImageFaces(RPC_V1), "SecurityToken"),
            error(400, "InvalidSecurityToken.Malformed")),
        of("SecurityToken removed", c -> c.detectImageFaces(RPC_V1).withQuery("SecurityToken", null),
            error(400, "MissingSecurityToken")),
        of("AccessKeyId", c -> parameter(c.detectImageFaces(RPC_V1), "AccessKeyId"),
            error(400, "InvalidSecurityToken.MismatchWithAccessKey")),
        of("AccessKeyId of no RAM user",
            c -> c.detectImageFaces(RPC_V1).withQuery("AccessKeyId", "test-no-such-user-key"),
            error(404, "InvalidAccessKeyId.NotFound")),
        of("Signature", c -> parameter(c.detectImageFaces(RPC_V1), "Signature"), RPC_MISMATCH),
        of("secret", c -> c.detectImageFacesWithAnotherSecret(RPC_V1), RPC_MISMATCH));
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> unsignedChanges() {
    return Stream.of(
        of("nothing: as the SDK sent it", c -> c.detectImageFaces(RPC_V1), accepted()),
        of("User-Agent", c -> c.detectImageFaces(RPC_V1).withHeader("User-Agent", "curl/8.0"), accepted()),
        of("unsigned header added",
            c -> c.detectImageFaces(RPC_V1).withHeader("X-Forwarded-For", "192.0.2.1"), accepted()),
        of("parameter with an empty value added",
            c -> c.detectImageFaces(RPC_V1).withQuery("CredentialConfig", ""), accepted()));
  }

}
