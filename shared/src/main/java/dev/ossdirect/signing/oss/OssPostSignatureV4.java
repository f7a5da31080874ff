package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OSS PostObject signature V4 (OSS4-HMAC-SHA256): the form's policy, signed with the key that header V4
 * derives.
 *
 * <pre>
 * Scope        = yyyyMMdd + "/" + region + "/oss/aliyun_v4_request"
 * policy       = Base64(UTF-8(policy document))          the policy form field ({@link OssPostPolicy}),
 *                                                        whose conditions end with
 *                                                          {"x-oss-signature-version":"OSS4-HMAC-SHA256"},
 *                                                          {"x-oss-credential":AccessKeyId + "/" + Scope},
 *                                                          {"x-oss-date":x-oss-date}
 *                                                          [, {"x-oss-security-token":SecurityToken}]
 * StringToSign = policy
 * SigningKey   = HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(
 *                    "aliyun_v4" + AccessKeySecret, yyyyMMdd), region), "oss"), "aliyun_v4_request")
 * Signature    = hex(HMAC-SHA256(SigningKey, UTF-8(StringToSign)))
 * Form fields  : policy, x-oss-signature-version, x-oss-credential, x-oss-date
 *                [, x-oss-security-token], x-oss-signature = Signature
 * </pre>
 *
 * <p>{@code x-oss-date} is {@code yyyyMMdd'T'HHmmss'Z'} in UTC, the signing time; its first eight
 * characters are the scope's date. The policy repeats the signature fields as conditions, so that none of
 * them can be changed without breaking the signature. The signing key is {@link
 * OssSignatureV4#signingKey}'s.
 */
public final class OssPostSignatureV4 {

  /** The form field that names the algorithm, {@code OSS4-HMAC-SHA256}. */
  public static final String VERSION_FIELD = OssV4SignedFields.VERSION;
  /** The form field that carries {@code AccessKeyId/scope}. */
  public static final String CREDENTIAL_FIELD = OssV4SignedFields.CREDENTIAL;
  /** The form field that carries the signing time. */
  public static final String DATE_FIELD = OssV4SignedFields.DATE;
  /** The form field that carries the signature. */
  public static final String SIGNATURE_FIELD = "x-oss-signature";

  private final String region;
  private final Clock clock;

  /** A signer for buckets in {@code region} (such as {@code cn-hangzhou}) dating forms by {@code clock}. */
  public OssPostSignatureV4(String region, Clock clock) {
    if (region == null || region.isEmpty()) {
      throw new IllegalArgumentException("region is required");
    }
    this.region = region;
    this.clock = clock;
  }

  /**
   * The form fields that sign {@code policy} with {@code credentials}, its conditions completed as above:
   * the caller adds {@code key}, the other fields its conditions name, and the file last.
   */
  public Map<String, String> sign(OssPostPolicy policy, Credentials credentials) {
    long now = clock.currentTimeMillis();
    String date = UtcTimestamps.formatCompactDate(now);
    String dateTime = UtcTimestamps.formatCompact(now);
    String credential = credentials.accessKeyId() + "/" + OssSignatureV4.scope(date, region);
    OssPostPolicy.Builder completed =
        policy.toBuilder()
            .exact(VERSION_FIELD, OssSignatureV4.ALGORITHM)
            .exact(CREDENTIAL_FIELD, credential)
            .exact(DATE_FIELD, dateTime);
    if (credentials.isTemporary()) {
      completed.securityToken(credentials.securityToken());
    }
    String encoded = completed.build().encoded();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(OssPostPolicy.POLICY_FIELD, encoded);
    fields.put(VERSION_FIELD, OssSignatureV4.ALGORITHM);
    fields.put(CREDENTIAL_FIELD, credential);
    fields.put(DATE_FIELD, dateTime);
    if (credentials.isTemporary()) {
      fields.put(OssPostPolicy.SECURITY_TOKEN_FIELD, credentials.securityToken());
    }
    fields.put(SIGNATURE_FIELD, signature(encoded, credentials.accessKeySecret(), date, region));
    return fields;
  }

  /**
   * The hex signature of the encoded policy {@code encodedPolicy} under {@code accessKeySecret}, for a form
   * signed on {@code date} ({@code yyyyMMdd}) in {@code region}.
   */
  public static String signature(String encodedPolicy, String accessKeySecret, String date, String region) {
    return OssSignatureV4.signature(OssV4SigningKeys.of(accessKeySecret, date, region), encodedPolicy);
  }

  /**
   * Recomputes and compares the signature of a received form, with the date and region of its credential.
   * Whether that date and region are acceptable, and whether the policy allows the form, is the caller's
   * to check.
   */
  public static VerificationResult verify(OssPostV4Fields fields, String accessKeySecret) {
    String expected =
        signature(fields.policy(), accessKeySecret, fields.scope().date(), fields.scope().region());
    boolean matches = ConstantTime.equals(expected, fields.signature());
    return new VerificationResult(matches, fields.policy(), fields.policy());
  }
}
