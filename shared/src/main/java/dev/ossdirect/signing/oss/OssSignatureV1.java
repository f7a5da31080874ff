package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.crypto.Hmac;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSS signature V1 (HMAC-SHA1).
 *
 * <pre>
 * StringToSign = VERB + "\n"
 *              + Content-MD5 + "\n"                 trimmed; empty when absent
 *              + Content-Type + "\n"                trimmed; empty when absent
 *              + Date + "\n"                        trimmed: the Date header, else x-oss-date; in a signed
 *                                                   URL, Expires
 *              + CanonicalizedOSSHeaders            for each x-oss-* header, sorted by lower-case name:
 *                                                      lowercase(name) + ":" + trim(value) + "\n"
 *              + CanonicalizedResource              "/" + bucket + "/" + key, the key not URL-encoded,
 *                                                   then "?" + join("&amp;", the signed sub-resources sorted
 *                                                   by name: name + "=" + value, or the bare name when
 *                                                   the value is empty)
 * Signature    = Base64(HMAC-SHA1(key = AccessKeySecret, UTF-8(StringToSign)))
 * Authorization: "OSS " + AccessKeyId + ":" + Signature
 * Signed URL   : ?OSSAccessKeyId=AccessKeyId&amp;Expires=epochSeconds&amp;Signature=Signature
 *                [&amp;security-token=SecurityToken]   (the token is also a signed sub-resource)
 * </pre>
 *
 * <p>The signed sub-resources are those of {@link OssSubresources}; other query parameters are not
 * signed. The resource is {@code /} without a bucket and {@code /bucket/} without a key.
 */
public final class OssSignatureV1 implements OssRequestSigner {

  /** The prefix of a V1 {@code Authorization} header. */
  public static final String AUTHORIZATION_PREFIX = "OSS ";

  private final Clock clock;

  /** A signer that dates its requests with {@code clock}. */
  public OssSignatureV1(Clock clock) {
    this.clock = clock;
  }

  /** The string to sign of a header-signed request, whose Date line is {@code Date} or {@code x-oss-date}. */
  public static String stringToSign(SignableRequest request) {
    String date = request.header("date");
    return stringToSign(request, date != null ? date : request.header("x-oss-date"));
  }

  /** The string to sign of {@code request} with {@code dateLine} on the Date line. */
  public static String stringToSign(SignableRequest request, String dateLine) {
    StringBuilder out = new StringBuilder(request.canonicalLengthEstimate());
    out.append(request.method()).append('\n');
    out.append(trimmed(request.header("content-md5"))).append('\n');
    out.append(trimmed(request.header("content-type"))).append('\n');
    out.append(trimmed(dateLine)).append('\n');
    List<String> ossHeaders = new ArrayList<>();
    for (String name : request.headerNames()) {
      if (name.startsWith("x-oss-")) {
        ossHeaders.add(name);
      }
    }
    Collections.sort(ossHeaders);
    for (String name : ossHeaders) {
      out.append(name).append(':').append(request.header(name).trim()).append('\n');
    }
    out.append(canonicalizedResource(request));
    return out.toString();
  }

  /** The canonicalized resource: the path, then the signed sub-resources. */
  public static String canonicalizedResource(SignableRequest request) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < request.queryCount(); i++) {
      if (OssSubresources.isSigned(request.queryName(i))) {
        names.add(request.queryName(i));
      }
    }
    Collections.sort(names);
    StringBuilder out = new StringBuilder(request.path());
    char separator = '?';
    for (String name : names) {
      out.append(separator).append(name);
      String value = request.queryParameter(name);
      if (!value.isEmpty()) {
        out.append('=').append(value);
      }
      separator = '&';
    }
    return out.toString();
  }

  /** The Base64 signature of {@code stringToSign} under {@code accessKeySecret}. */
  public static String signature(String stringToSign, String accessKeySecret) {
    return Base64.encode(Hmac.sha1OfUtf8(Utf8.encode(accessKeySecret), stringToSign));
  }

  /** {@code OSS AccessKeyId:Signature}. */
  public static String authorization(String accessKeyId, String signature) {
    return AUTHORIZATION_PREFIX + accessKeyId + ":" + signature;
  }

  @Override
  public SignableRequest sign(SignableRequest request, Credentials credentials) {
    SignableRequest.Builder builder = request.toBuilder();
    if (request.header("date") == null) {
      builder.header("x-oss-date", UtcTimestamps.formatRfc1123(clock.currentTimeMillis()));
    }
    if (credentials.isTemporary()) {
      builder.header("x-oss-security-token", credentials.securityToken());
    }
    SignableRequest dated = builder.build();
    String signature = signature(stringToSign(dated), credentials.accessKeySecret());
    return builder.header("authorization", authorization(credentials.accessKeyId(), signature)).build();
  }

  @Override
  public Map<String, String> presign(
      SignableRequest request, Credentials credentials, long expiresInSeconds) {
    String expires = Long.toString(clock.currentTimeMillis() / 1000L + expiresInSeconds);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("OSSAccessKeyId", credentials.accessKeyId());
    parameters.put("Expires", expires);
    SignableRequest.Builder signed = request.toBuilder();
    if (credentials.isTemporary()) {
      signed.query("security-token", credentials.securityToken());
    }
    String signature =
        signature(stringToSign(signed.build(), expires), credentials.accessKeySecret());
    parameters.put("Signature", signature);
    if (credentials.isTemporary()) {
      parameters.put("security-token", credentials.securityToken());
    }
    return parameters;
  }

  /** Recomputes and compares the signature of a request received with a V1 {@code Authorization} header. */
  public static VerificationResult verify(
      SignableRequest request, OssV1Authorization authorization, String accessKeySecret) {
    return verify(stringToSign(request), authorization.signature(), accessKeySecret);
  }

  /**
   * Recomputes and compares the signature of a request received as a V1 signed URL. The request's query
   * holds all the URL's parameters, the signature's included.
   */
  public static VerificationResult verifyPresigned(
      SignableRequest request, OssV1PresignedParameters parameters, String accessKeySecret) {
    return verify(
        stringToSign(request, parameters.expires()),
        parameters.signature(),
        accessKeySecret);
  }

  private static VerificationResult verify(
      String stringToSign, String receivedSignature, String accessKeySecret) {
    boolean matches = ConstantTime.equals(signature(stringToSign, accessKeySecret), receivedSignature);
    return new VerificationResult(matches, stringToSign, stringToSign);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }
}
