package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;
import java.util.Map;

/** The signature fields of a PostObject form signed with V4 ({@link OssPostSignatureV4}), as received. */
public final class OssPostV4Fields {

  private final String accessKeyId;
  private final OssV4Scope scope;
  private final String dateTime;
  private final long dateMillis;
  private final String policy;
  private final String signature;
  private final String securityToken;

  private OssPostV4Fields(
      String accessKeyId,
      OssV4Scope scope,
      String dateTime,
      long dateMillis,
      String policy,
      String signature,
      String securityToken) {
    this.accessKeyId = accessKeyId;
    this.scope = scope;
    this.dateTime = dateTime;
    this.dateMillis = dateMillis;
    this.policy = policy;
    this.signature = signature;
    this.securityToken = securityToken;
  }

  /** Whether {@code fields} claim a V4 signature: they have one of its own fields. */
  public static boolean isPresent(Map<String, String> fields) {
    return fields.containsKey(OssPostSignatureV4.VERSION_FIELD)
        || fields.containsKey(OssPostSignatureV4.CREDENTIAL_FIELD)
        || fields.containsKey(OssPostSignatureV4.SIGNATURE_FIELD);
  }

  /**
   * Reads the fields, named as OSS names them (a server that compares names without case passes a map that
   * does too); throws {@link SignatureFormatException} naming the first one missing or malformed.
   */
  public static OssPostV4Fields parse(Map<String, String> fields) {
    OssV4SignedFields signed = OssV4SignedFields.parse(fields);
    String token = fields.get(OssPostPolicy.SECURITY_TOKEN_FIELD);
    return new OssPostV4Fields(
        signed.accessKeyId,
        signed.scope,
        signed.dateTime,
        signed.dateMillis,
        SignatureFormatException.requireParameter(fields, OssPostPolicy.POLICY_FIELD),
        SignatureFormatException.requireParameter(fields, OssPostSignatureV4.SIGNATURE_FIELD),
        token == null || token.isEmpty() ? null : token);
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

  /** The {@code policy} field: the Base64 policy document, which is what was signed. */
  public String policy() {
    return policy;
  }

  /** The hex signature. */
  public String signature() {
    return signature;
  }

  /** {@code x-oss-security-token}, or {@code null}. */
  public String securityToken() {
    return securityToken;
  }
}
