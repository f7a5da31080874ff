package dev.ossdirect.reliability.tamper;

import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.signing.codec.PercentEncoding;

/** The changes the OSS tamper tests make to a captured request, shared by the four ways of signing. */
final class OssChanges {

  private OssChanges() {}

  /** The request sent for another key of the same bucket. */
  static CapturedRequest key(CapturedRequest request, String key) {
    return request.withPath("/" + OssSdkCaptures.BUCKET + "/" + PercentEncoding.encodePath(key));
  }

  /** The request with one character of its {@code x-oss-security-token} header changed. */
  static CapturedRequest tokenHeader(CapturedRequest request) {
    return request.withHeader("x-oss-security-token",
        Alter.oneCharacter(request.header("x-oss-security-token")));
  }

  /** The request with one character of its query parameter {@code name} changed. */
  static CapturedRequest queryCharacter(CapturedRequest request, String name) {
    return request.withQuery(name, Alter.oneCharacter(request.query(name)));
  }

  /**
   * The request with the first group of {@code pattern} in its {@code Authorization} header replaced by
   * {@code replacement}, or changed by one character if it is {@code null}.
   */
  static CapturedRequest authorization(CapturedRequest request, String pattern, String replacement) {
    return request.withHeader("Authorization",
        Headers.replaceGroup(request.header("Authorization"), pattern, replacement));
  }

  /**
   * The request with the first group of {@code pattern} in its query parameter {@code name} replaced by
   * {@code replacement}, or changed by one character if it is {@code null}.
   */
  static CapturedRequest queryPart(CapturedRequest request, String name, String pattern, String replacement) {
    return request.withQuery(name, Headers.replaceGroup(request.query(name), pattern, replacement));
  }
}
