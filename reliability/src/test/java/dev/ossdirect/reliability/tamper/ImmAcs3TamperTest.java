package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.RpcChanges.acsDate;
import static dev.ossdirect.reliability.tamper.RpcChanges.header;
import static dev.ossdirect.reliability.tamper.RpcChanges.parameter;
import static dev.ossdirect.reliability.tamper.RpcSdkCaptures.ACS3;
import static dev.ossdirect.reliability.tamper.Tamper.of;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.CapturedRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * IMM DetectImageFaces with ACS3-HMAC-SHA256, as Alibaba's IMM SDK signs it by default with an STS token:
 * the method, the path, each query parameter, each signed header, the body (through
 * {@code x-acs-content-sha256}) and each field of the {@code Authorization} header changed in turn; then
 * the headers ACS3 leaves unsigned.
 */
class ImmAcs3TamperTest extends TamperMatrix<RpcSdkCaptures> {

  private static final Expected INCOMPLETE = error(400, "IncompleteSignature");

  @Override
  RpcSdkCaptures captures(OssTestCloud oss) throws Exception {
    return RpcSdkCaptures.forImm(oss);
  }

  @Override
  Row signedRow() {
    return Row.TAMPER_ACS3_SIGNED;
  }

  @Override
  Row unsignedRow() {
    return Row.TAMPER_ACS3_UNSIGNED;
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> signedChanges() {
    return Stream.of(
        of("method POST to GET", c -> c.detectImageFaces(ACS3).withMethod("GET"), RPC_MISMATCH),
        of("path", c -> c.detectImageFaces(ACS3).withPath("/imm"), RPC_MISMATCH),
        of("ProjectName", c -> parameter(c.detectImageFaces(ACS3), "ProjectName"), RPC_MISMATCH),
        of("SourceURI", c -> parameter(c.detectImageFaces(ACS3), "SourceURI"), RPC_MISMATCH),
        of("query parameter added", c -> c.detectImageFaces(ACS3).withQuery("CredentialConfig", "{}"), RPC_MISMATCH),
        of("host", c -> c.detectImageFaces(ACS3).withHeader("host", "localhost:" + c.port()), RPC_MISMATCH),
        of("x-acs-action", c -> header(c.detectImageFaces(ACS3), "x-acs-action"), RPC_MISMATCH),
        of("x-acs-version", c -> header(c.detectImageFaces(ACS3), "x-acs-version"), RPC_MISMATCH),
        of("x-acs-signature-nonce", c -> header(c.detectImageFaces(ACS3), "x-acs-signature-nonce"), RPC_MISMATCH),
        of("x-acs-accesskey-id", c -> header(c.detectImageFaces(ACS3), "x-acs-accesskey-id"), RPC_MISMATCH),
        of("x-acs-date one second off", c -> acsDate(c.detectImageFaces(ACS3), 1), RPC_MISMATCH),
        of("x-acs-date sixteen minutes off", c -> acsDate(c.detectImageFaces(ACS3), 16 * 60),
            error(400, "InvalidTimeStamp.Expired")),
        of("x-acs-date malformed", c -> c.detectImageFaces(ACS3).withHeader("x-acs-date", "yesterday"),
            error(400, "InvalidTimeStamp.Format")),
        of("x-acs-content-sha256", c -> header(c.detectImageFaces(ACS3), "x-acs-content-sha256"),
            error(400, "ContentSHA256NotMatch")),
        of("body", c -> c.detectImageFaces(ACS3).withBody("ProjectName=other".getBytes(StandardCharsets.UTF_8)),
            error(400, "ContentSHA256NotMatch")),
        of("x-acs-security-token", c -> header(c.detectImageFaces(ACS3), "x-acs-security-token"),
            error(400, "InvalidSecurityToken.Malformed")),
        of("x-acs-security-token removed", c -> c.detectImageFaces(ACS3).withHeader("x-acs-security-token", null),
            error(400, "MissingSecurityToken")),
        of("x-acs header added unsigned", c -> c.detectImageFaces(ACS3).withHeader("x-acs-note", "1"), INCOMPLETE),
        of("Credential", c -> authorization(c.detectImageFaces(ACS3), "Credential=([^,]+)", null),
            error(400, "InvalidSecurityToken.MismatchWithAccessKey")),
        of("Credential of no RAM user",
            c -> authorization(c.detectImageFaces(ACS3), "Credential=([^,]+)", "test-no-such-user-key"),
            error(404, "InvalidAccessKeyId.NotFound")),
        of("SignedHeaders without x-acs-version",
            c -> authorization(c.detectImageFaces(ACS3), "(;x-acs-version)", ""), INCOMPLETE),
        of("Signature", c -> authorization(c.detectImageFaces(ACS3), "Signature=([0-9a-f]+)", null), RPC_MISMATCH),
        of("secret", c -> c.detectImageFacesWithAnotherSecret(ACS3), RPC_MISMATCH));
  }

  @Override
  Stream<Tamper<RpcSdkCaptures>> unsignedChanges() {
    return Stream.of(
        of("nothing: as the SDK sent it", c -> c.detectImageFaces(ACS3), accepted()),
        of("User-Agent", c -> c.detectImageFaces(ACS3).withHeader("User-Agent", "curl/8.0"), accepted()),
        of("Accept", c -> c.detectImageFaces(ACS3).withHeader("Accept", "*/*"), accepted()),
        of("unsigned header added",
            c -> c.detectImageFaces(ACS3).withHeader("X-Forwarded-For", "192.0.2.1"), accepted()));
  }

  private static CapturedRequest authorization(CapturedRequest request, String pattern, String replacement) {
    return request.withHeader("Authorization",
        Headers.replaceGroup(request.header("Authorization"), pattern, replacement));
  }
}
