package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.SignatureFormatException;
import java.util.Map;

/** The signature fields of a PostObject form signed with V1 ({@link OssPostSignatureV1}), as received. */
public final class OssPostV1Fields {

  /** The form field that names the access key. */
  public static final String ACCESS_KEY_ID = "OSSAccessKeyId";
  /** The form field that carries the signature. */
  public static final String SIGNATURE = "Signature";

  private final String accessKeyId;
  private final String policy;
  private final String signature;
  private final String securityToken;

  private OssPostV1Fields(String accessKeyId, String policy, String signature, String securityToken) {
    this.accessKeyId = accessKeyId;
    this.policy = policy;
    this.signature = signature;
    this.securityToken = securityToken;
  }

  /** Whether {@code fields} claim a V1 signature: they have {@code OSSAccessKeyId} or {@code Signature}. */
  public static boolean isPresent(Map<String, String> fields) {
    return fields.containsKey(ACCESS_KEY_ID) || fields.containsKey(SIGNATURE);
  }

  /**
   * Reads the fields, named as OSS names them (a server that compares names without case passes a map that
   * does too); throws {@link SignatureFormatException} naming the first one missing.
   */
  public static OssPostV1Fields parse(Map<String, String> fields) {
    String token = fields.get(OssPostPolicy.SECURITY_TOKEN_FIELD);
    return new OssPostV1Fields(
        SignatureFormatException.requireParameter(fields, ACCESS_KEY_ID),
        SignatureFormatException.requireParameter(fields, OssPostPolicy.POLICY_FIELD),
        SignatureFormatException.requireParameter(fields, SIGNATURE),
        token == null || token.isEmpty() ? null : token);
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  /** The {@code policy} field: the Base64 policy document, which is what was signed. */
  public String policy() {
    return policy;
  }

  /** The Base64 signature. */
  public String signature() {
    return signature;
  }

  /** {@code x-oss-security-token}, or {@code null}. */
  public String securityToken() {
    return securityToken;
  }
}
