package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.auth.CallerRejectedException;
import dev.ossdirect.localcloud.auth.RequestTimeWindow;
import dev.ossdirect.localcloud.auth.SecurityTokenRedaction;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssPostV1Fields;
import dev.ossdirect.signing.oss.OssPostV4Fields;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.oss.OssV1Authorization;
import dev.ossdirect.signing.oss.OssV1PresignedParameters;
import dev.ossdirect.signing.oss.OssV4Authorization;
import dev.ossdirect.signing.oss.OssV4PresignedParameters;
import dev.ossdirect.signing.oss.OssV4Scope;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Finds who sent an OSS request and checks that they signed it, with one of the four ways OSS accepts
 * (and the two of PostObject forms, {@link #authenticatePost}):
 *
 * <ul>
 *   <li>an {@code Authorization: OSS <id>:<signature>} header (V1), dated by {@code Date} or
 *       {@code x-oss-date} (RFC 1123), which must be within 15 minutes of the local clock;
 *   <li>an {@code Authorization: OSS4-HMAC-SHA256 Credential=...} header (V4), dated by {@code x-oss-date},
 *       which must be within 15 minutes and on the scope's date; the scope's region must be this OSS's
 *       and {@code x-oss-content-sha256} must be {@code UNSIGNED-PAYLOAD};
 *   <li>a V1 signed URL ({@code OSSAccessKeyId}, {@code Expires}, {@code Signature}), until it expires;
 *   <li>a V4 signed URL ({@code x-oss-credential}, {@code x-oss-date}, {@code x-oss-expires},
 *       {@code x-oss-signature}...), until it expires.
 * </ul>
 *
 * <p>An STS access key id also needs its security token ({@code x-oss-security-token} header, or
 * {@code security-token} in a V1 URL and {@code x-oss-security-token} in a V4 URL), valid, unexpired and
 * issued for that key. A request without any signature is {@code AccessDenied}: buckets are private.
 *
 * <p>{@code SignatureDoesNotMatch} shows what this side signed, as OSS does ({@code StringToSign} for V1,
 * {@code CanonicalRequest} and {@code StringToSign} for V4), with the security token replaced by
 * {@code [security token]} ({@link SecurityTokenRedaction}): error responses never carry a token.
 *
 * <p>Each refusal names the fine-grained code OSS documents for its cause, when there is one
 * ({@link FineGrainedErrorCode}): which signature version did not match, whether the key or the token was
 * refused, and how.
 */
final class OssAuthenticator {

  private final CallerDirectory callers;
  private final String region;
  private final Clock clock;

  OssAuthenticator(CallerDirectory callers, String region, Clock clock) {
    this.callers = callers;
    this.region = region;
    this.clock = clock;
  }

  /** The caller who signed {@code request}, whose path is {@code /bucket/key} and query decoded. */
  Caller authenticate(SignableRequest request) throws OssException {
    String authorization = request.header("authorization");
    boolean signedHeader = authorization != null && !authorization.isEmpty();
    boolean v1Url = OssV1PresignedParameters.isPresent(request.query());
    boolean v4Url = OssV4PresignedParameters.isPresent(request.query());
    if ((signedHeader ? 1 : 0) + (v1Url ? 1 : 0) + (v4Url ? 1 : 0) > 1) {
      throw OssException.invalidArgument("Only one authentication mechanism is allowed: an Authorization"
          + " header, or a V1 or a V4 signed URL.");
    }
    try {
      if (signedHeader && OssV4Authorization.isV4(authorization)) {
        return headerV4(request, OssV4Authorization.parse(authorization));
      } else if (signedHeader && OssV1Authorization.isV1(authorization)) {
        return headerV1(request, OssV1Authorization.parse(authorization));
      } else if (signedHeader) {
        throw OssException.accessDenied(
            "The Authorization header is neither an OSS V1 nor an OSS V4 signature.");
      } else if (v1Url) {
        return urlV1(request, OssV1PresignedParameters.parse(request.query()));
      } else if (v4Url) {
        return urlV4(request, OssV4PresignedParameters.parse(request.query()));
      }
    } catch (SignatureFormatException e) {
      throw OssException.invalidArgument("The signature is malformed: " + e.getMessage() + ".");
    }
    throw OssException.accessDenied("You have no right to access this object: the request is not signed.");
  }

  /**
   * The caller who signed a PostObject form, with its V1 fields ({@code OSSAccessKeyId}, {@code Signature})
   * or its V4 fields ({@code x-oss-signature-version}, {@code x-oss-credential}, {@code x-oss-date},
   * {@code x-oss-signature}), never both, and the STS token in {@code x-oss-security-token}. {@code fields}
   * compares names without case, as OSS does. A V4 form's date must be its credential's date, at most 15
   * minutes ahead of the local clock and at most seven days behind it; the policy's own expiration is the
   * caller's to check. {@code SignatureDoesNotMatch} shows no string to sign here: that string is the
   * policy, which may hold the security token. Of the fine-grained error codes ({@link
   * FineGrainedErrorCode}), a form's errors carry those of the security token, as any request's, and
   * that of a malformed {@code x-oss-credential}; no other is documented for a form.
   */
  Caller authenticatePost(Map<String, String> fields) throws OssException {
    boolean v1 = OssPostV1Fields.isPresent(fields);
    boolean v4 = OssPostV4Fields.isPresent(fields);
    if (v1 && v4) {
      throw OssException.invalidArgument(
          "Only one authentication mechanism is allowed: the V1 or the V4 signature fields of the form.");
    }
    try {
      if (v4) {
        return postV4(OssPostV4Fields.parse(fields));
      } else if (v1) {
        return postV1(OssPostV1Fields.parse(fields));
      }
    } catch (SignatureFormatException e) {
      boolean credential = e.part().equals(OssPostSignatureV4.CREDENTIAL_FIELD) && !e.isMissing();
      throw OssException.invalidArgument("The signature is malformed: " + e.getMessage() + ".")
          .diagnosed(credential ? FineGrainedErrorCode.POST_CREDENTIAL_INVALID : null);
    }
    throw OssException.accessDenied("You have no right to access this bucket: the form is not signed.");
  }

  private Caller postV1(OssPostV1Fields fields) throws OssException {
    Caller caller = resolve(fields.accessKeyId(), fields.securityToken());
    if (!OssPostSignatureV1.verify(fields, caller.accessKeySecret()).matches()) {
      throw signatureMismatch(fields.accessKeyId(), fields.signature());
    }
    return caller;
  }

  private Caller postV4(OssPostV4Fields fields) throws OssException {
    checkScope(fields.scope(), fields.dateTime());
    long now = clock.currentTimeMillis();
    if (RequestTimeWindow.isAhead(now, fields.dateMillis())) {
      throw timeTooSkewed(fields.dateTime(), now, null);
    }
    checkNotExpired(fields.dateMillis() + OssV4PresignedParameters.MAX_EXPIRES_SECONDS * 1000L, null);
    Caller caller = resolve(fields.accessKeyId(), fields.securityToken());
    if (!OssPostSignatureV4.verify(fields, caller.accessKeySecret()).matches()) {
      throw signatureMismatch(fields.accessKeyId(), fields.signature());
    }
    return caller;
  }

  private Caller headerV1(SignableRequest request, OssV1Authorization authorization) throws OssException {
    String date = request.header("date") != null ? request.header("date") : request.header("x-oss-date");
    checkTime(date, UtcTimestamps::parseRfc1123,
        "OSS authentication requires a valid Date or x-oss-date header.");
    String token = request.header("x-oss-security-token");
    Caller caller = resolve(authorization.accessKeyId(), token);
    VerificationResult result = OssSignatureV1.verify(request, authorization, caller.accessKeySecret());
    if (!result.matches()) {
      throw v1SignatureMismatch(authorization.accessKeyId(), authorization.signature(), result, token);
    }
    return caller;
  }

  private Caller headerV4(SignableRequest request, OssV4Authorization authorization) throws OssException {
    String dateTime = request.header("x-oss-date");
    checkTime(dateTime, UtcTimestamps::parseCompact,
        "OSS V4 authentication requires a valid x-oss-date header.");
    checkScope(authorization.scope(), dateTime);
    if (!OssSignatureV4.UNSIGNED_PAYLOAD.equals(request.header("x-oss-content-sha256"))) {
      throw OssException.invalidArgument(
          "x-oss-content-sha256 must be " + OssSignatureV4.UNSIGNED_PAYLOAD + ".");
    }
    String token = request.header("x-oss-security-token");
    Caller caller = resolve(authorization.accessKeyId(), token);
    VerificationResult result = OssSignatureV4.verify(request, authorization, caller.accessKeySecret());
    if (!result.matches()) {
      throw v4SignatureMismatch(authorization.accessKeyId(), authorization.signature(), result, token);
    }
    return caller;
  }

  private Caller urlV1(SignableRequest request, OssV1PresignedParameters parameters) throws OssException {
    checkNotExpired(parameters.expiresEpochSeconds() * 1000L, FineGrainedErrorCode.V1_SIGNED_URL_EXPIRED);
    Caller caller = resolve(parameters.accessKeyId(), parameters.securityToken());
    VerificationResult result = OssSignatureV1.verifyPresigned(request, parameters, caller.accessKeySecret());
    if (!result.matches()) {
      throw v1SignatureMismatch(
          parameters.accessKeyId(), parameters.signature(), result, parameters.securityToken());
    }
    return caller;
  }

  private Caller urlV4(SignableRequest request, OssV4PresignedParameters parameters) throws OssException {
    checkScope(parameters.scope(), parameters.dateTime());
    checkNotExpired(parameters.expiresAtMillis(), null);
    long now = clock.currentTimeMillis();
    if (RequestTimeWindow.isAhead(now, parameters.dateMillis())) {
      throw timeTooSkewed(parameters.dateTime(), now, FineGrainedErrorCode.V4_SIGNED_URL_NOT_YET_VALID);
    }
    Caller caller = resolve(parameters.accessKeyId(), parameters.securityToken());
    VerificationResult result = OssSignatureV4.verifyPresigned(request, parameters, caller.accessKeySecret());
    if (!result.matches()) {
      throw v4SignatureMismatch(
          parameters.accessKeyId(), parameters.signature(), result, parameters.securityToken());
    }
    return caller;
  }

  private void checkTime(String requestTime, ToLongFunction<String> parser, String invalidMessage)
      throws OssException {
    long requestMillis;
    try {
      requestMillis = parser.applyAsLong(requestTime);
    } catch (IllegalArgumentException e) {
      throw OssException.accessDenied(invalidMessage)
          .diagnosed(requestTime == null ? null : FineGrainedErrorCode.INVALID_REQUEST_TIME);
    }
    long now = clock.currentTimeMillis();
    if (!RequestTimeWindow.admits(now, requestMillis)) {
      throw timeTooSkewed(requestTime, now, FineGrainedErrorCode.REQUEST_TIME_TOO_SKEWED);
    }
  }

  private void checkScope(OssV4Scope scope, String dateTime) throws OssException {
    if (!dateTime.startsWith(scope.date())) {
      throw OssException.invalidArgument(
          "The date of the credential scope, " + scope.date() + ", is not the date of x-oss-date.");
    }
    if (!scope.region().equals(region)) {
      throw OssException.invalidArgument("The region of the credential scope, " + scope.region()
          + ", is not this OSS's region, " + region + ".");
    }
  }

  /** {@code AccessDenied} with {@code cause} once {@code expiresAtMillis} has passed. */
  private void checkNotExpired(long expiresAtMillis, FineGrainedErrorCode cause) throws OssException {
    long now = clock.currentTimeMillis();
    if (now > expiresAtMillis) {
      throw OssException.accessDenied("Request has expired.")
          .with("Expires", UtcTimestamps.formatIso8601(expiresAtMillis))
          .with("ServerTime", UtcTimestamps.formatIso8601(now))
          .diagnosed(cause);
    }
  }

  private Caller resolve(String accessKeyId, String securityToken) throws OssException {
    try {
      return callers.resolve(accessKeyId, securityToken);
    } catch (CallerRejectedException e) {
      switch (e.reason()) {
        case UNKNOWN_ACCESS_KEY:
          throw invalidAccessKeyId(accessKeyId).diagnosed(securityToken == null || securityToken.isEmpty()
              ? FineGrainedErrorCode.ACCESS_KEY_NOT_FOUND
              : FineGrainedErrorCode.STS_ACCESS_KEY_NOT_FOUND);
        case MISSING_SECURITY_TOKEN:
          throw invalidAccessKeyId(accessKeyId);
        case SECURITY_TOKEN_EXPIRED:
          throw new OssException(403, "SecurityTokenExpired", "The security token you provided has expired.")
              .diagnosed(FineGrainedErrorCode.SECURITY_TOKEN_EXPIRED);
        case SECURITY_TOKEN_MISMATCH:
          throw new OssException(403, "AccessKeyIdAndSecurityTokenNotMatch",
              "The security token you provided was not issued for this access key id.")
              .with("OSSAccessKeyId", accessKeyId)
              .diagnosed(FineGrainedErrorCode.SECURITY_TOKEN_NOT_FOR_ACCESS_KEY);
        default:
          throw new OssException(403, "InvalidSecurityToken", "The security token you provided is invalid.")
              .diagnosed(FineGrainedErrorCode.INVALID_SECURITY_TOKEN);
      }
    }
  }

  private static OssException invalidAccessKeyId(String accessKeyId) {
    return new OssException(403, "InvalidAccessKeyId",
        "The OSS Access Key Id you provided does not exist in our records.")
        .with("OSSAccessKeyId", accessKeyId);
  }

  private static OssException timeTooSkewed(String requestTime, long now, FineGrainedErrorCode cause) {
    return new OssException(403, "RequestTimeTooSkewed",
        "The difference between the request time and the current time is too large.")
        .with("RequestTime", requestTime)
        .with("ServerTime", UtcTimestamps.formatIso8601(now))
        .with("MaxAllowedSkewMilliseconds", Long.toString(RequestTimeWindow.MILLIS))
        .diagnosed(cause);
  }

  private static OssException signatureMismatch(String accessKeyId, String signatureProvided) {
    return new OssException(403, "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your key and"
            + " signing method.")
        .with("OSSAccessKeyId", accessKeyId)
        .with("SignatureProvided", signatureProvided);
  }

  private static OssException v1SignatureMismatch(
      String accessKeyId, String signatureProvided, VerificationResult result, String token) {
    String stringToSign = SecurityTokenRedaction.redact(result.stringToSign(), token);
    return signatureMismatch(accessKeyId, signatureProvided)
        .with("StringToSign", stringToSign)
        .with("StringToSignBytes", bytes(stringToSign))
        .diagnosed(FineGrainedErrorCode.V1_SIGNATURE_MISMATCH);
  }

  private static OssException v4SignatureMismatch(
      String accessKeyId, String signatureProvided, VerificationResult result, String token) {
    return signatureMismatch(accessKeyId, signatureProvided)
        .with("CanonicalRequest", SecurityTokenRedaction.redact(result.canonicalText(), token))
        .with("StringToSign", result.stringToSign())
        .diagnosed(FineGrainedErrorCode.V4_SIGNATURE_MISMATCH);
  }

  /** The UTF-8 bytes of {@code text} in hex, separated by spaces, as OSS shows {@code StringToSignBytes}. */
  private static String bytes(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : Utf8.encode(text)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(String.format(Locale.ROOT, "%02x", b & 0xff));
    }
    return out.toString();
  }
}
