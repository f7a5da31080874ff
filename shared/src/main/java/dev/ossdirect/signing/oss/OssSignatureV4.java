package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.Ascii;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.NamePairs;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.crypto.Hmac;
import dev.ossdirect.signing.crypto.Sha256;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSS signature V4 (OSS4-HMAC-SHA256).
 *
 * <pre>
 * CanonicalRequest = VERB + "\n"
 *                  + percentEncodePath("/" + bucket + "/" + key) + "\n"
 *                  + CanonicalQuery + "\n"          join("&amp;", sorted by encoded name:
 *                                                      encode(trim(name)) + "=" + encode(trim(value)),
 *                                                      or the bare encoded name when the value is empty,
 *                                                      even an empty one)
 *                  + CanonicalHeaders + "\n"        for content-type, content-md5, each x-oss-* header and
 *                                                   each additional header, sorted by lower-case name:
 *                                                      lowercase(name) + ":" + trim(value) + "\n"
 *                  + AdditionalHeaders + "\n"       the additional header names, sorted, joined by ";"
 *                  + HashedPayload                  the x-oss-content-sha256 header: UNSIGNED-PAYLOAD
 * Scope            = yyyyMMdd + "/" + region + "/oss/aliyun_v4_request"
 * StringToSign     = "OSS4-HMAC-SHA256" + "\n" + x-oss-date + "\n" + Scope + "\n"
 *                  + hex(SHA-256(UTF-8(CanonicalRequest)))
 * SigningKey       = HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(HMAC-SHA256(
 *                        "aliyun_v4" + AccessKeySecret, yyyyMMdd), region), "oss"), "aliyun_v4_request")
 * Signature        = hex(HMAC-SHA256(SigningKey, UTF-8(StringToSign)))
 * Authorization    = "OSS4-HMAC-SHA256 Credential=" + AccessKeyId + "/" + Scope
 *                  + [",AdditionalHeaders=" + AdditionalHeaders] + ",Signature=" + Signature
 * Signed URL       : the query also carries x-oss-signature-version=OSS4-HMAC-SHA256,
 *                    x-oss-credential=AccessKeyId/Scope, x-oss-date, x-oss-expires (seconds),
 *                    [x-oss-additional-headers], [x-oss-security-token], all of them signed, and then
 *                    x-oss-signature=Signature
 * </pre>
 *
 * <p>{@code encode} is {@link PercentEncoding#encode}; the path keeps its slashes. {@code x-oss-date} is
 * {@code yyyyMMdd'T'HHmmss'Z'} in UTC. Additional headers are signed only when the request has them and
 * they are not signed anyway. The payload is always {@code UNSIGNED-PAYLOAD} here, as browsers send it.
 * Signing keys are derived once per secret, day and region, and kept ({@link OssV4SigningKeys}).
 */
public final class OssSignatureV4 implements OssRequestSigner {

  /** The algorithm name. */
  public static final String ALGORITHM = "OSS4-HMAC-SHA256";
  /** The payload hash that says the body is not signed. */
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  /** The product in the scope. */
  public static final String PRODUCT = "oss";
  /** The last element of the scope. */
  public static final String TERMINATOR = "aliyun_v4_request";

  private final String region;
  private final Clock clock;

  /** A signer for buckets in {@code region} (such as {@code cn-hangzhou}) that dates requests with {@code clock}. */
  public OssSignatureV4(String region, Clock clock) {
    if (region == null || region.isEmpty()) {
      throw new IllegalArgumentException("region is required");
    }
    this.region = region;
    this.clock = clock;
  }

  /**
   * The canonical request of {@code request}, signing {@code additionalHeaders} besides the default ones.
   * {@code additionalHeaders} must be lower-case names, sorted, that the request carries
   * ({@link #additionalHeaders} chooses them).
   */
  public static String canonicalRequest(SignableRequest request, List<String> additionalHeaders) {
    StringBuilder out = new StringBuilder(request.canonicalLengthEstimate());
    out.append(request.method()).append('\n');
    out.append(PercentEncoding.encodePath(request.path())).append('\n');
    out.append(canonicalQuery(request)).append('\n');
    List<String> signedHeaders = new ArrayList<>();
    for (String name : request.headerNames()) {
      if (isSignedByDefault(name) || additionalHeaders.contains(name)) {
        signedHeaders.add(name);
      }
    }
    Collections.sort(signedHeaders);
    for (String name : signedHeaders) {
      out.append(name).append(':').append(request.header(name).trim()).append('\n');
    }
    out.append('\n');
    out.append(String.join(";", additionalHeaders)).append('\n');
    String payload = request.header("x-oss-content-sha256");
    out.append(payload == null || payload.isEmpty() ? UNSIGNED_PAYLOAD : payload);
    return out.toString();
  }

  /**
   * Of {@code names}, those that {@code request} carries and that are not signed by default, in lower
   * case, sorted and without repeats: the additional headers a signer declares.
   */
  public static List<String> additionalHeaders(SignableRequest request, Collection<String> names) {
    List<String> chosen = new ArrayList<>();
    for (String name : names) {
      String lower = Ascii.toLowerCase(name);
      if (request.header(lower) != null && !isSignedByDefault(lower) && !chosen.contains(lower)) {
        chosen.add(lower);
      }
    }
    Collections.sort(chosen);
    return chosen;
  }

  /** {@code yyyyMMdd/region/oss/aliyun_v4_request}. */
  public static String scope(String date, String region) {
    return date + "/" + region + "/" + PRODUCT + "/" + TERMINATOR;
  }

  /** The string to sign for a request dated {@code dateTime} ({@code x-oss-date}) in {@code scope}. */
  public static String stringToSign(String dateTime, String scope, String canonicalRequest) {
    return ALGORITHM + "\n" + dateTime + "\n" + scope + "\n"
        + Hex.encode(Sha256.hash(Utf8.encode(canonicalRequest)));
  }

  /**
   * The signing key for {@code accessKeySecret} on {@code date} ({@code yyyyMMdd}) in {@code region}: a
   * copy of the one {@link OssV4SigningKeys} keeps.
   */
  public static byte[] signingKey(String accessKeySecret, String date, String region) {
    byte[] kept = OssV4SigningKeys.of(accessKeySecret, date, region);
    return Arrays.copyOf(kept, kept.length);
  }

  /** The hex signature of {@code stringToSign} under {@code signingKey}. */
  public static String signature(byte[] signingKey, String stringToSign) {
    return Hex.encode(Hmac.sha256OfUtf8(signingKey, stringToSign));
  }

  /** The {@code Authorization} header value. */
  public static String authorization(
      String accessKeyId, String scope, List<String> additionalHeaders, String signature) {
    return ALGORITHM + " Credential=" + accessKeyId + "/" + scope
        + (additionalHeaders.isEmpty() ? "" : ",AdditionalHeaders=" + String.join(";", additionalHeaders))
        + ",Signature=" + signature;
  }

  @Override
  public SignableRequest sign(SignableRequest request, Credentials credentials) {
    return sign(request, credentials, Collections.<String>emptyList());
  }

  /** Like {@link #sign(SignableRequest, Credentials)}, also signing {@code additionalHeaderNames}. */
  public SignableRequest sign(
      SignableRequest request, Credentials credentials, Collection<String> additionalHeaderNames) {
    long now = clock.currentTimeMillis();
    String dateTime = UtcTimestamps.formatCompact(now);
    SignableRequest.Builder builder =
        request.toBuilder()
            .header("x-oss-date", dateTime)
            .header("x-oss-content-sha256", UNSIGNED_PAYLOAD);
    if (credentials.isTemporary()) {
      builder.header("x-oss-security-token", credentials.securityToken());
    }
    SignableRequest dated = builder.build();
    List<String> additional = additionalHeaders(dated, additionalHeaderNames);
    String date = UtcTimestamps.formatCompactDate(now);
    String scope = scope(date, region);
    String stringToSign = stringToSign(dateTime, scope, canonicalRequest(dated, additional));
    String signature =
        signature(OssV4SigningKeys.of(credentials.accessKeySecret(), date, region), stringToSign);
    return builder
        .header("authorization", authorization(credentials.accessKeyId(), scope, additional, signature))
        .build();
  }

  @Override
  public Map<String, String> presign(
      SignableRequest request, Credentials credentials, long expiresInSeconds) {
    long now = clock.currentTimeMillis();
    String date = UtcTimestamps.formatCompactDate(now);
    String scope = scope(date, region);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("x-oss-signature-version", ALGORITHM);
    parameters.put("x-oss-credential", credentials.accessKeyId() + "/" + scope);
    parameters.put("x-oss-date", UtcTimestamps.formatCompact(now));
    parameters.put("x-oss-expires", Long.toString(expiresInSeconds));
    if (credentials.isTemporary()) {
      parameters.put("x-oss-security-token", credentials.securityToken());
    }
    SignableRequest signed = request.toBuilder().query(parameters).build();
    String stringToSign =
        stringToSign(
            parameters.get("x-oss-date"),
            scope,
            canonicalRequest(signed, Collections.<String>emptyList()));
    parameters.put(
        "x-oss-signature",
        signature(OssV4SigningKeys.of(credentials.accessKeySecret(), date, region), stringToSign));
    return parameters;
  }

  /**
   * Recomputes and compares the signature of a request received with a V4 {@code Authorization} header,
   * dated by its {@code x-oss-date} header.
   */
  public static VerificationResult verify(
      SignableRequest request, OssV4Authorization authorization, String accessKeySecret) {
    return verify(
        request,
        request.header("x-oss-date"),
        authorization.scope(),
        authorization.additionalHeaders(),
        authorization.signature(),
        accessKeySecret);
  }

  /**
   * Recomputes and compares the signature of a request received as a V4 signed URL. The request's query
   * holds all the URL's parameters; {@code x-oss-signature} is left out of the canonical query.
   */
  public static VerificationResult verifyPresigned(
      SignableRequest request, OssV4PresignedParameters parameters, String accessKeySecret) {
    SignableRequest unsigned = request.toBuilder().removeQuery(OssV4PresignedParameters.SIGNATURE).build();
    return verify(
        unsigned,
        parameters.dateTime(),
        parameters.scope(),
        parameters.additionalHeaders(),
        parameters.signature(),
        accessKeySecret);
  }

  private static VerificationResult verify(
      SignableRequest request,
      String dateTime,
      OssV4Scope scope,
      List<String> additionalHeaders,
      String receivedSignature,
      String accessKeySecret) {
    String canonicalRequest = canonicalRequest(request, additionalHeaders);
    String stringToSign = stringToSign(dateTime, scope.toString(), canonicalRequest);
    byte[] key = OssV4SigningKeys.of(accessKeySecret, scope.date(), scope.region());
    boolean matches = ConstantTime.equals(signature(key, stringToSign), receivedSignature);
    return new VerificationResult(matches, canonicalRequest, stringToSign);
  }

  private static boolean isSignedByDefault(String lowerCaseName) {
    return lowerCaseName.equals("content-type")
        || lowerCaseName.equals("content-md5")
        || lowerCaseName.startsWith("x-oss-");
  }

  /**
   * The encoded parameters sorted by encoded name. Two names that encode alike (they differ only in
   * spaces at their ends) are one parameter, with the value of the later: the sort is stable and keeps the
   * last of each run. A list sorted once, rather than a sorted map, which the browser's script would
   * otherwise carry for this alone.
   */
  private static String canonicalQuery(SignableRequest request) {
    List<String[]> encoded = new ArrayList<>(request.queryCount());
    for (int i = 0; i < request.queryCount(); i++) {
      encoded.add(new String[] {
          PercentEncoding.encode(request.queryName(i).trim()),
          PercentEncoding.encode(request.queryValue(i).trim())});
    }
    Collections.sort(encoded, NamePairs.BY_NAME);
    StringBuilder out = new StringBuilder();
    String separator = "";
    for (int i = 0; i < encoded.size(); i++) {
      String[] parameter = encoded.get(i);
      if (i + 1 < encoded.size() && encoded.get(i + 1)[0].equals(parameter[0])) {
        continue;
      }
      out.append(separator).append(parameter[0]);
      separator = "&";
      if (!parameter[1].isEmpty()) {
        out.append('=').append(parameter[1]);
      }
    }
    return out.toString();
  }
}
