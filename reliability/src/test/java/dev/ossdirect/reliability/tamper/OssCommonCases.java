package dev.ossdirect.reliability.tamper;

import static dev.ossdirect.reliability.tamper.Expected.accepted;
import static dev.ossdirect.reliability.tamper.Expected.error;
import static dev.ossdirect.reliability.tamper.OssChanges.key;
import static dev.ossdirect.reliability.tamper.OssChanges.queryCharacter;
import static dev.ossdirect.reliability.tamper.OssChanges.tokenHeader;
import static dev.ossdirect.reliability.tamper.OssSdkCaptures.KEY;
import static dev.ossdirect.reliability.tamper.Tamper.of;
import static dev.ossdirect.reliability.tamper.TamperMatrix.OSS_MISMATCH;

import dev.ossdirect.localcloud.oss.OssBytes;
import java.util.stream.Stream;

/**
 * The tamper cases that OSS V1 and V4 share: the same change must get the same answer whichever version
 * signed the request. Each test adds the cases of its own version (its date, its {@code Authorization}
 * fields, what it signs or not in the query).
 */
final class OssCommonCases {

  private OssCommonCases() {}

  /** Changes to the signed parts of a header-signed PutObject or UploadPart. */
  static Stream<Tamper<OssSdkCaptures>> signedHeaderChanges() throws Exception {
    return Stream.of(
        of("method PUT to POST", c -> c.putObject().withMethod("POST"), OSS_MISMATCH),
        of("key", c -> key(c.putObject(), KEY + "x"), OSS_MISMATCH),
        of("sub-resource acl added", c -> c.putObject().withQuery("acl", ""), OSS_MISMATCH),
        of("UploadPart partNumber", c -> c.uploadPart().withQuery("partNumber", "2"), OSS_MISMATCH),
        of("UploadPart uploadId", c -> queryCharacter(c.uploadPart(), "uploadId"), OSS_MISMATCH),
        of("Content-Type", c -> c.putObject().withHeader("Content-Type", "image/png"), OSS_MISMATCH),
        of("Content-MD5", c -> c.putObject().withHeader("Content-MD5", OssBytes.contentMd5(new byte[1])),
            OSS_MISMATCH),
        of("x-oss-meta-album", c -> c.putObject().withHeader("x-oss-meta-album", "work"), OSS_MISMATCH),
        of("x-oss-meta header added", c -> c.putObject().withHeader("x-oss-meta-extra", "1"), OSS_MISMATCH),
        of("x-oss-security-token", c -> tokenHeader(c.putObject()), error(403, "InvalidSecurityToken")),
        of("x-oss-security-token removed", c -> c.putObject().withHeader("x-oss-security-token", null),
            error(403, "InvalidAccessKeyId")),
        of("secret", OssSdkCaptures::putObjectSignedWithAnotherSecret, OSS_MISMATCH),
        of("body, with its Content-MD5 signed", c -> c.putObject().withBody(OssBytes.random(4096, 7)),
            error(400, "InvalidDigest")));
  }

  /** A header-signed PutObject and UploadPart as sent, and changes to the parts neither version signs. */
  static Stream<Tamper<OssSdkCaptures>> unsignedHeaderChanges(int ossPort) {
    return Stream.of(
        of("nothing: as the SDK sent it", OssSdkCaptures::putObject, accepted()),
        of("User-Agent", c -> c.putObject().withHeader("User-Agent", "curl/8.0"), accepted()),
        of("unsigned header added", c -> c.putObject().withHeader("X-Forwarded-For", "192.0.2.1"), accepted()),
        of("Host", c -> c.putObject().withHeader("Host", "localhost:" + ossPort), accepted()),
        of("body, without Content-MD5", c -> c.putObjectWithoutMd5().withBody(OssBytes.random(5000, 8)),
            accepted()),
        of("UploadPart as the SDK sent it", OssSdkCaptures::uploadPart, accepted()));
  }

  /** Changes to the signed parts of a signed URL's PUT that are not its own query parameters. */
  static Stream<Tamper<OssSdkCaptures>> signedUrlChanges() {
    return Stream.of(
        of("method PUT to POST", c -> c.signedUrlPut().withMethod("POST"), OSS_MISMATCH),
        of("key", c -> key(c.signedUrlPut(), KEY + "x"), OSS_MISMATCH),
        of("Content-Type", c -> c.signedUrlPut().withHeader("Content-Type", "image/png"), OSS_MISMATCH),
        of("x-oss-meta header added", c -> c.signedUrlPut().withHeader("x-oss-meta-extra", "1"), OSS_MISMATCH),
        of("secret", OssSdkCaptures::signedUrlPutWithAnotherSecret, OSS_MISMATCH));
  }

  /** A signed URL's PUT as made, and changes to the headers neither version signs. */
  static Stream<Tamper<OssSdkCaptures>> unsignedUrlChanges() {
    return Stream.of(
        of("nothing: as the SDK made it", OssSdkCaptures::signedUrlPut, accepted()),
        of("User-Agent", c -> c.signedUrlPut().withHeader("User-Agent", "curl/8.0"), accepted()),
        of("unsigned header added", c -> c.signedUrlPut().withHeader("X-Forwarded-For", "192.0.2.1"),
            accepted()));
  }
}
