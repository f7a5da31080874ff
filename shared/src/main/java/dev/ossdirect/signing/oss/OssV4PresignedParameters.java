package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;
import java.util.List;
import java.util.Map;

/** The signature parameters of an OSS V4 signed URL, read from its decoded query. */
public final class OssV4PresignedParameters {

  /** The query parameter that carries the signature. */
  public static final String SIGNATURE = "x-oss-signature";
  /** The longest validity OSS allows a V4 signed URL: seven days. */
  public static final long MAX_EXPIRES_SECONDS = 604_800;

  private final String accessKeyId;
  private final OssV4Scope scope;
  private final String dateTime;
  private final long dateMillis;
  private final long expiresSeconds;
  private final List<String> additionalHeaders;
  private final String securityToken;
  private final String signature;

  private OssV4PresignedParameters(
      String accessKeyId,
      OssV4Scope scope,
      String dateTime,
      long dateMillis,
      long expiresSeconds,
      List<String> additionalHeaders,
      String securityToken,
      String signature) {
    this.accessKeyId = accessKeyId;
    this.scope = scope;
    this.dateTime = dateTime;
    this.dateMillis = dateMillis;
    this.expiresSeconds = expiresSeconds;
    this.additionalHeaders = additionalHeaders;
    this.securityToken = securityToken;
    this.signature = signature;
  }

  /** Whether {@code query} carries a V4 signature. */
  public static boolean isPresent(Map<String, String> query) {
    return query.containsKey(SIGNATURE) || query.containsKey("x-oss-signature-version");
  }

  /** Reads the parameters; throws {@link SignatureFormatException} naming the first bad one. */
  public static OssV4PresignedParameters parse(Map<String, String> query) {
    OssV4SignedFields signed = OssV4SignedFields.parse(query);
    String expires = SignatureFormatException.requireParameter(query, "x-oss-expires");
    long expiresSeconds = parseSeconds(expires);
    if (expiresSeconds < 1 || expiresSeconds > MAX_EXPIRES_SECONDS) {
      throw SignatureFormatException.invalid(
          "x-oss-expires", "it must be from 1 to " + MAX_EXPIRES_SECONDS + " seconds");
    }
    String token = query.get("x-oss-security-token");
    return new OssV4PresignedParameters(
        signed.accessKeyId,
        signed.scope,
        signed.dateTime,
        signed.dateMillis,
        expiresSeconds,
        OssV4Authorization.headerNames(query.get("x-oss-additional-headers"), "x-oss-additional-headers"),
        token == null || token.isEmpty() ? null : token,
        SignatureFormatException.requireParameter(query, SIGNATURE));
  }

  private static long parseSeconds(String text) {
    if (text.length() > 9) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public OssV4Scope scope() {
    return scope;
  }

  /** {@code x-oss-date} as sent, {@code yyyyMMdd'T'HHmmss'Z'}. */
  public String dateTime() {
    return dateTime;
  }

  /** {@code x-oss-date} in epoch milliseconds. */
  public long dateMillis() {
    return dateMillis;
  }

  /** {@code x-oss-expires}: how many seconds after its date the URL stays valid. */
  public long expiresSeconds() {
    return expiresSeconds;
  }

  /** When the URL stops being valid, in epoch milliseconds. */
  public long expiresAtMillis() {
    return dateMillis + expiresSeconds * 1000L;
  }

  public List<String> additionalHeaders() {
    return additionalHeaders;
  }

  /** {@code x-oss-security-token}, or {@code null}. */
  public String securityToken() {
    return securityToken;
  }

  /** The hex signature. */
  public String signature() {
    return signature;
  }
}
