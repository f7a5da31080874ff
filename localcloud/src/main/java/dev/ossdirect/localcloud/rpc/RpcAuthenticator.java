package dev.ossdirect.localcloud.rpc;

import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.auth.CallerRejectedException;
import dev.ossdirect.localcloud.auth.NonceRegistry;
import dev.ossdirect.localcloud.auth.RequestTimeWindow;
import dev.ossdirect.localcloud.auth.SecurityTokenRedaction;
import dev.ossdirect.localcloud.http.SignableRequests;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.acs3.Acs3Authorization;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import dev.ossdirect.signing.rpc.RpcSignedParameters;
import dev.ossdirect.signing.time.UtcTimestamps;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Finds who sent an RPC-style request and checks that they signed it, with one of the two schemes Alibaba
 * Cloud's gateway accepts:
 *
 * <ul>
 *   <li>ACS3-HMAC-SHA256, when an {@code Authorization} header is present: every {@code x-acs-*} header and
 *       {@code host} must be signed, {@code x-acs-date} (ISO 8601), {@code x-acs-signature-nonce} and
 *       {@code x-acs-content-sha256} (the hash of the body) must be present, and the action and version
 *       come from {@code x-acs-action} and {@code x-acs-version};
 *   <li>RPC signature V1 otherwise, from the {@code Signature*}, {@code Timestamp} and {@code AccessKeyId}
 *       parameters, with {@code Action} and {@code Version} among them.
 * </ul>
 *
 * <p>Either way the request time must be within the {@link RequestTimeWindow} of the local clock, the
 * signature nonce at most {@value #MAX_NONCE_LENGTH} characters, the access key (and STS token) must
 * resolve to a caller, and the signature must match.
 *
 * <p>The nonce is recorded apart ({@link #recordNonce}), once the action has found the call allowed: a
 * request refused before that, whether its signature is wrong or its caller may not make the call, uses up
 * no room in the {@link NonceRegistry}, so that refused requests cannot fill it.
 *
 * <p>{@code SignatureDoesNotMatch} shows what this side signed (the string to sign for RPC signature V1,
 * the canonical request for ACS3), as Alibaba Cloud's gateway does, with every security token of the
 * request replaced by {@code [security token]} ({@link SecurityTokenRedaction}): errors never carry a token.
 *
 * <p>Alibaba Cloud documents no length limit for {@code SignatureNonce} or {@code x-acs-signature-nonce}
 * and no error for one that is too long. The official SDKs send UUIDs or 32 hexadecimal digits; longer
 * nonces are refused here with {@code InvalidParameter}, the code this gateway gives other malformed
 * signing parameters, since each nonce is held in memory for the whole window. A caller over its budget
 * of nonces gets {@code Throttling.User}, Alibaba's answer to a caller over its flow control.
 */
public final class RpcAuthenticator {

  /** The longest signature nonce accepted, in characters: over three times the 36 of a UUID. */
  public static final int MAX_NONCE_LENGTH = 128;

  private static final String ACS3_PREFIX = Acs3Signature.ALGORITHM + " ";

  private final CallerDirectory callers;
  private final NonceRegistry nonces;
  private final Clock clock;

  RpcAuthenticator(CallerDirectory callers, NonceRegistry nonces, Clock clock) {
    this.callers = callers;
    this.nonces = nonces;
    this.clock = clock;
  }

  /**
   * The caller who signed the request of {@code ctx}, whose {@code parameters} (query and form) and
   * {@code body} the gateway has read, with the action and version it calls.
   */
  Authenticated authenticate(Context ctx, Map<String, String> parameters, byte[] body) throws RpcException {
    String authorization = ctx.header("Authorization");
    return authorization != null && !authorization.isEmpty()
        ? acs3(ctx, parameters, body, authorization)
        : rpcV1(ctx.req().getMethod(), parameters);
  }

  /**
   * Records the nonce of an authenticated request: {@code SignatureNonceUsed} if it was used within the
   * window, {@code Throttling.User} if the caller holds its budget of nonces or the registry is full.
   */
  void recordNonce(Authenticated authenticated) throws RpcException {
    switch (nonces.use(authenticated.caller().accessKeyId(), authenticated.nonce())) {
      case REPLAYED:
        throw new RpcException(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
      case OVER_BUDGET:
      case OVERLOADED:
        throw new RpcException(400, "Throttling.User", "Request was denied due to user flow control.");
      default:
        return;
    }
  }

  private Authenticated rpcV1(String method, Map<String, String> parameters) throws RpcException {
    RpcSignedParameters signed;
    try {
      signed = RpcSignedParameters.parse(parameters);
    } catch (SignatureFormatException e) {
      throw signatureFormatError(e);
    }
    checkTime(signed.timestampMillis());
    checkNonceLength("SignatureNonce", signed.signatureNonce());
    Caller caller = resolve(signed.accessKeyId(), signed.securityToken());
    VerificationResult result = RpcSignatureV1.verify(method, parameters, caller.accessKeySecret());
    if (!result.matches()) {
      throw signatureMismatch(SecurityTokenRedaction.redact(result.stringToSign(), signed.securityToken()));
    }
    return new Authenticated(caller, required(parameters, "Action"), required(parameters, "Version"),
        signed.signatureNonce());
  }

  private Authenticated acs3(Context ctx, Map<String, String> parameters, byte[] body, String header)
      throws RpcException {
    if (!header.startsWith(ACS3_PREFIX)) {
      throw new RpcException(
          400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
    }
    SignableRequest request = signableRequest(ctx);
    Acs3Authorization authorization;
    try {
      authorization = Acs3Authorization.parse(header);
    } catch (SignatureFormatException e) {
      throw new RpcException(400, "IncompleteSignature", e.getMessage());
    }
    for (String name : request.headers().keySet()) {
      if ((name.startsWith("x-acs-") || name.equals("host"))
          && !authorization.signedHeaders().contains(name)) {
        throw new RpcException(400, "IncompleteSignature", "Header " + name + " must be signed.");
      }
    }
    String date = requiredHeader(request, "x-acs-date");
    try {
      checkTime(UtcTimestamps.parseIso8601(date));
    } catch (IllegalArgumentException e) {
      throw new RpcException(400, "InvalidTimeStamp.Format",
          "Specified time stamp or date value is not well formatted.");
    }
    String nonce = requiredHeader(request, "x-acs-signature-nonce");
    checkNonceLength("x-acs-signature-nonce", nonce);
    String contentSha256 = requiredHeader(request, Acs3Signature.CONTENT_SHA256_HEADER);
    if (!contentSha256.equals(Acs3Signature.hashPayload(body))) {
      throw new RpcException(400, "ContentSHA256NotMatch",
          "The x-acs-content-sha256 header does not match the hash of the body.");
    }
    String token = request.header("x-acs-security-token");
    Caller caller = resolve(authorization.accessKeyId(), token);
    VerificationResult result = Acs3Signature.verify(request, authorization, caller.accessKeySecret());
    if (!result.matches()) {
      // The header is the token the caller is resolved by; a SecurityToken parameter is signed as well.
      throw signatureMismatch(
          SecurityTokenRedaction.redact(result.canonicalText(), token, parameters.get("SecurityToken")));
    }
    return new Authenticated(
        caller, requiredHeader(request, "x-acs-action"), requiredHeader(request, "x-acs-version"), nonce);
  }

  private void checkTime(long requestMillis) throws RpcException {
    if (!RequestTimeWindow.admits(clock.currentTimeMillis(), requestMillis)) {
      throw new RpcException(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
    }
  }

  private static void checkNonceLength(String name, String nonce) throws RpcException {
    if (nonce.length() > MAX_NONCE_LENGTH) {
      throw RpcException.invalidParameter(
          "The " + name + " is longer than " + MAX_NONCE_LENGTH + " characters; send a UUID.");
    }
  }

  private Caller resolve(String accessKeyId, String securityToken) throws RpcException {
    try {
      return callers.resolve(accessKeyId, securityToken);
    } catch (CallerRejectedException e) {
      switch (e.reason()) {
        case UNKNOWN_ACCESS_KEY:
          throw new RpcException(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        case MISSING_SECURITY_TOKEN:
          throw new RpcException(400, "MissingSecurityToken", "SecurityToken is mandatory for this action.");
        case SECURITY_TOKEN_MISMATCH:
          throw new RpcException(400, "InvalidSecurityToken.MismatchWithAccessKey",
              "Specified SecurityToken mismatch with the AccessKey.");
        case SECURITY_TOKEN_EXPIRED:
          throw new RpcException(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        default:
          throw new RpcException(400, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.");
      }
    }
  }

  private static RpcException signatureMismatch(String serverStringToSign) {
    return new RpcException(400, "SignatureDoesNotMatch",
        "Specified signature is not matched with our calculation. server string to sign is:"
            + serverStringToSign);
  }

  private static RpcException signatureFormatError(SignatureFormatException e) {
    if (e.isMissing()) {
      return RpcException.missing(e.part());
    }
    if (e.part().equals("Timestamp")) {
      return new RpcException(400, "InvalidTimeStamp.Format",
          "Specified time stamp or date value is not well formatted.");
    }
    return new RpcException(400, "InvalidParameter", e.getMessage());
  }

  private static String required(Map<String, String> parameters, String name) throws RpcException {
    String value = parameters.get(name);
    if (value == null || value.isEmpty()) {
      throw RpcException.missing(name);
    }
    return value;
  }

  private static String requiredHeader(SignableRequest request, String name) throws RpcException {
    String value = request.header(name);
    if (value == null || value.isEmpty()) {
      throw new RpcException(400, "IncompleteSignature", "Header " + name + " is missing.");
    }
    return value;
  }

  /** The signed parts of an ACS3 request: the decoded path, the decoded query, every header. */
  private static SignableRequest signableRequest(Context ctx) throws RpcException {
    try {
      return SignableRequests.of(ctx, PercentEncoding.decode(ctx.path()));
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParameter("The request is malformed: " + e.getMessage());
    }
  }

  /**
   * A request whose signature matched: its caller, what it calls, and the nonce to record once authorised.
   */
  record Authenticated(Caller caller, String action, String version, String nonce) {}
}
