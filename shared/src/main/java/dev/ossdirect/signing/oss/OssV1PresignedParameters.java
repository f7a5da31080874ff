package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;
import java.util.Map;

/** The signature parameters of an OSS V1 signed URL, read from its decoded query. */
public final class OssV1PresignedParameters {

  private final String accessKeyId;
  private final String expires;
  private final long expiresEpochSeconds;
  private final String signature;
  private final String securityToken;

  private OssV1PresignedParameters(
      String accessKeyId, String expires, long expiresEpochSeconds, String signature, String securityToken) {
    this.accessKeyId = accessKeyId;
    this.expires = expires;
    this.expiresEpochSeconds = expiresEpochSeconds;
    this.signature = signature;
    this.securityToken = securityToken;
  }

  /** Whether {@code query} carries a V1 signature. */
  public static boolean isPresent(Map<String, String> query) {
    return query.containsKey("OSSAccessKeyId") || query.containsKey("Signature");
  }

  /** Reads the parameters; throws {@link SignatureFormatException} naming the first bad one. */
  public static OssV1PresignedParameters parse(Map<String, String> query) {
    String accessKeyId = SignatureFormatException.requireParameter(query, "OSSAccessKeyId");
    String expires = SignatureFormatException.requireParameter(query, "Expires");
    long seconds = 0;
    if (expires.length() > 12) {
      throw SignatureFormatException.invalid("Expires", "it must be epoch seconds");
    }
    for (int i = 0; i < expires.length(); i++) {
      char c = expires.charAt(i);
      if (c < '0' || c > '9') {
        throw SignatureFormatException.invalid("Expires", "it must be epoch seconds");
      }
      seconds = seconds * 10 + (c - '0');
    }
    String token = query.get("security-token");
    String signature = SignatureFormatException.requireParameter(query, "Signature");
    return new OssV1PresignedParameters(
        accessKeyId, expires, seconds, signature, token == null || token.isEmpty() ? null : token);
  }


  public String accessKeyId() {
    return accessKeyId;
  }

  /** {@code Expires} as sent, which is what was signed. */
  public String expires() {
    return expires;
  }

  /** {@code Expires} in seconds since the epoch. */
  public long expiresEpochSeconds() {
    return expiresEpochSeconds;
  }

  /** The Base64 signature. */
  public String signature() {
    return signature;
  }

  /** {@code security-token}, or {@code null}. */
  public String securityToken() {
    return securityToken;
  }
}
