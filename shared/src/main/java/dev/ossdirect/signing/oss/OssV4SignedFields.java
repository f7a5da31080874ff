package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;

/**
 * The fields that a V4 signed URL's query and a V4 PostObject form both carry, under the same names:
 * {@code x-oss-signature-version}, {@code x-oss-credential} ({@code AccessKeyId/scope}) and
 * {@code x-oss-date}.
 */
final class OssV4SignedFields {

  static final String VERSION = "x-oss-signature-version";
  static final String CREDENTIAL = "x-oss-credential";
  static final String DATE = "x-oss-date";

  final String accessKeyId;
  final OssV4Scope scope;
  final String dateTime;
  final long dateMillis;

  private OssV4SignedFields(String accessKeyId, OssV4Scope scope, String dateTime, long dateMillis) {
    this.accessKeyId = accessKeyId;
    this.scope = scope;
    this.dateTime = dateTime;
    this.dateMillis = dateMillis;
  }

  /** Reads the three fields; throws {@link SignatureFormatException} naming the first bad one. */
  static OssV4SignedFields parse(Map<String, String> fields) {
    String version = SignatureFormatException.requireParameter(fields, VERSION);
    if (!OssSignatureV4.ALGORITHM.equals(version)) {
      throw SignatureFormatException.invalid(VERSION, "only " + OssSignatureV4.ALGORITHM + " is supported");
    }
    String credential = SignatureFormatException.requireParameter(fields, CREDENTIAL);
    int scopeStart = OssV4Authorization.scopeStart(credential);
    if (scopeStart <= 0) {
      throw SignatureFormatException.invalid(CREDENTIAL, "it must be AccessKeyId/scope");
    }
    String dateTime = SignatureFormatException.requireParameter(fields, DATE);
    long dateMillis;
    try {
      dateMillis = UtcTimestamps.parseCompact(dateTime);
    } catch (IllegalArgumentException e) {
      throw SignatureFormatException.invalid(DATE, e.getMessage());
    }
    return new OssV4SignedFields(
        credential.substring(0, scopeStart - 1),
        OssV4Scope.parse(credential.substring(scopeStart), CREDENTIAL),
        dateTime,
        dateMillis);
  }
}
