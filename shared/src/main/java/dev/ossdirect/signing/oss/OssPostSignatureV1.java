package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.crypto.ConstantTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OSS PostObject signature V1 (HMAC-SHA1): the form's policy, signed.
 *
 * <pre>
 * policy       = Base64(UTF-8(policy document))          the policy form field ({@link OssPostPolicy})
 * StringToSign = policy
 * Signature    = Base64(HMAC-SHA1(key = AccessKeySecret, UTF-8(StringToSign)))
 * Form fields  : OSSAccessKeyId = AccessKeyId, policy, Signature
 *                [, x-oss-security-token = SecurityToken]
 * </pre>
 *
 * <p>With an STS credential the policy first gets the condition {@code {"x-oss-security-token":token}}, so
 * that the signature binds the token too. The policy's expiration is the only date: V1 forms carry no
 * other.
 */
public final class OssPostSignatureV1 {

  private OssPostSignatureV1() {}

  /**
   * The form fields that sign {@code policy} with {@code credentials}: the caller adds {@code key}, the
   * other fields its conditions name, and the file last.
   */
  public static Map<String, String> sign(OssPostPolicy policy, Credentials credentials) {
    OssPostPolicy signed =
        credentials.isTemporary()
            ? policy.toBuilder().securityToken(credentials.securityToken()).build()
            : policy;
    String encoded = signed.encoded();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(OssPostV1Fields.ACCESS_KEY_ID, credentials.accessKeyId());
    fields.put(OssPostPolicy.POLICY_FIELD, encoded);
    fields.put(OssPostV1Fields.SIGNATURE, signature(encoded, credentials.accessKeySecret()));
    if (credentials.isTemporary()) {
      fields.put(OssPostPolicy.SECURITY_TOKEN_FIELD, credentials.securityToken());
    }
    return fields;
  }

  /** The Base64 signature of the encoded policy {@code encodedPolicy} under {@code accessKeySecret}. */
  public static String signature(String encodedPolicy, String accessKeySecret) {
    return OssSignatureV1.signature(encodedPolicy, accessKeySecret);
  }

  /** Recomputes and compares the signature of a received form. */
  public static VerificationResult verify(OssPostV1Fields fields, String accessKeySecret) {
    boolean matches =
        ConstantTime.equals(signature(fields.policy(), accessKeySecret), fields.signature());
    return new VerificationResult(matches, fields.policy(), fields.policy());
  }
}
