package dev.ossdirect.localcloud.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.auth.CallerRejectedException;
import dev.ossdirect.localcloud.auth.NonceRegistry;
import dev.ossdirect.localcloud.auth.SecurityTokenRedaction;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.acs3.Acs3Authorization;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import dev.ossdirect.signing.rpc.RpcSignedParameters;
import dev.ossdirect.signing.time.UtcTimestamps;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives every request of one RPC-style API (STS or IMM) and answers it as Alibaba Cloud's gateway does.
 *
 * <ol>
 *   <li>Reads the parameters from the query string and a form body.
 *   <li>Authenticates: ACS3-HMAC-SHA256 when an {@code Authorization} header is present, RPC signature V1
 *       otherwise. The request time must be within 15 minutes of the local clock, the signature nonce at
 *       most {@value #MAX_NONCE_LENGTH} characters, the access key (and STS token) must resolve to a
 *       caller, and the signature must match.
 *   <li>Finds the action, and has it check that the caller may make the call ({@link RpcAction#authorize}).
 *   <li>Records the nonce ({@link NonceRegistry}), which must not have been used in the last 15 minutes,
 *       and must fit in the caller's budget of nonces held at once. Only now: a request refused before
 *       this point, whether its signature is wrong or its caller may not make the call, uses up no room,
 *       so that refused requests cannot fill the registry.
 *   <li>Runs the action and answers with its JSON, or with
 *       {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}} on error.
 * </ol>
 *
 * <p>{@code SignatureDoesNotMatch} shows what this side signed (the string to sign for RPC signature V1,
 * the canonical request for ACS3), as Alibaba Cloud's gateway does, with every security token of the
 * request replaced by {@code [security token]} ({@link SecurityTokenRedaction}): errors never carry a token.
 *
 * <p>Alibaba Cloud documents no length limit for {@code SignatureNonce} or {@code x-acs-signature-nonce}
 * and no error for one that is too long. The official SDKs send UUIDs or 32 hexadecimal digits; longer
 * nonces are refused here with {@code InvalidParameter}, the code this gateway gives other malformed
 * signing parameters, since each nonce is held in memory for 15 minutes. A caller over its budget of
 * nonces gets {@code Throttling.User}, Alibaba's answer to a caller over its flow control.
 *
 * <p>Every request is logged on one line, without its query string, body or any credential but the access
 * key id, with how long each stage took ({@link StageTimings}); the answer carries the same stages in a
 * {@code Server-Timing} header.
 */
public final class RpcGateway implements Handler {

  /** How far a request's timestamp may be from the local clock, either way. */
  public static final long TIME_WINDOW_MILLIS = 15 * 60 * 1000L;

  /** The longest signature nonce accepted, in characters: over three times the 36 of a UUID. */
  public static final int MAX_NONCE_LENGTH = 128;

  private static final Logger LOG = LoggerFactory.getLogger(RpcGateway.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final String ACS3_PREFIX = Acs3Signature.ALGORITHM + " ";
  private static final String JSON_TYPE = "application/json;charset=utf-8";
  /** The methods routed here: all but OPTIONS, which answers CORS preflights where an API allows them. */
  private static final List<HandlerType> ROUTED_METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.HEAD, HandlerType.PUT, HandlerType.DELETE,
          HandlerType.PATCH);
  /** The methods RPC-style APIs accept. */
  private static final Set<HandlerType> ACCEPTED_METHODS = Set.of(HandlerType.GET, HandlerType.POST);

  private final String service;
  private final String version;
  private final Map<String, RpcAction> actions;
  private final CallerDirectory callers;
  private final NonceRegistry nonces;
  private final Clock clock;

  /**
   * A gateway for API {@code version} of {@code service} (a short name for logs, such as {@code sts}),
   * answering {@code actions} by name.
   */
  public RpcGateway(
      String service,
      String version,
      Map<String, RpcAction> actions,
      CallerDirectory callers,
      NonceRegistry nonces,
      Clock clock) {
    this.service = service;
    this.version = version;
    this.actions = Map.copyOf(actions);
    this.callers = callers;
    this.nonces = nonces;
    this.clock = clock;
  }

  /**
   * Routes every request of an endpoint to this gateway, whatever its path and method (one without a route
   * too). An RPC-style API lives at {@code /}, but ACS3 signs the path, so a request sent to another path
   * must have its signature checked and be refused in this API's format, not with the HTTP server's own
   * page; RPC signature V1 does not cover the path, and for it any path is the API's root. Requests that
   * the HTTP server refuses before any handler sees them are answered in this format too
   * ({@link RefusedRpcRequests}).
   */
  public void configure(JavalinConfig config) {
    config.jetty.modifyServer(server -> server.setErrorHandler(new RefusedRpcRequests(service)));
    for (HandlerType method : ROUTED_METHODS) {
      config.routes.addHttpHandler(method, "*", this);
    }
    config.routes.exception(EndpointNotFound.class, (unrouted, ctx) -> handle(ctx));
  }

  @Override
  public void handle(Context ctx) {
    long start = System.nanoTime();
    String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    StageTimings timings = new StageTimings();
    String action = "-";
    String accessKeyId = "-";
    String code = "-";
    try {
      if (!ACCEPTED_METHODS.contains(ctx.method())) {
        throw new RpcException(405, "UnsupportedHTTPMethod",
            "The HTTP method " + ctx.method().name() + " is not supported; use GET or POST.");
      }
      byte[] body = readBody(ctx);
      Map<String, String> parameters = parameters(ctx, body);
      String authorization = ctx.header("Authorization");
      Authenticated authenticated =
          authorization != null && !authorization.isEmpty()
              ? acs3(ctx, parameters, body, authorization)
              : rpcV1(ctx, parameters);
      accessKeyId = authenticated.caller.accessKeyId();
      action = authenticated.action;
      timings.lap("authenticate");
      if (!version.equals(authenticated.version)) {
        throw new RpcException(
            400, "InvalidVersion", "Specified parameter Version is not valid; use " + version + ".");
      }
      RpcAction handler = actions.get(authenticated.action);
      if (handler == null) {
        throw new RpcException(
            404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
      }
      RpcCall call = new RpcCall(requestId, authenticated.caller, parameters, timings);
      handler.authorize(call);
      useNonce(authenticated.caller, authenticated.nonce);
      Map<String, Object> result = handler.handle(call);
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("RequestId", requestId);
      response.putAll(result);
      respond(ctx, 200, response);
    } catch (RpcException e) {
      code = e.code();
      respondError(ctx, requestId, e);
    } catch (RuntimeException | IOException e) {
      code = "InternalError";
      LOG.error("service={} requestId={} failed", service, requestId, e);
      respondError(ctx, requestId, new RpcException(500, code,
          "The request processing has failed due to some unknown error."));
    }
    if (!timings.millis().isEmpty()) {
      ctx.header("Server-Timing", timings.serverTiming());
    }
    LOG.info(
        "service={} method={} action={} status={} code={} accessKeyId={} requestId={} ms={} {}",
        service, ctx.method(), action, ctx.statusCode(), code, accessKeyId, requestId,
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6), timings);
  }

  private Authenticated rpcV1(Context ctx, Map<String, String> parameters) throws RpcException {
    RpcSignedParameters signed;
    try {
      signed = RpcSignedParameters.parse(parameters);
    } catch (SignatureFormatException e) {
      throw signatureFormatError(e);
    }
    checkTime(signed.timestampMillis());
    checkNonceLength("SignatureNonce", signed.signatureNonce());
    Caller caller = resolve(signed.accessKeyId(), signed.securityToken());
    VerificationResult result =
        RpcSignatureV1.verify(ctx.method().name(), parameters, caller.accessKeySecret());
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
    if (Math.abs(clock.currentTimeMillis() - requestMillis) > TIME_WINDOW_MILLIS) {
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

  private void useNonce(Caller caller, String nonce) throws RpcException {
    switch (nonces.use(caller.accessKeyId(), nonce)) {
      case REPLAYED:
        throw new RpcException(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
      case OVER_BUDGET:
      case OVERLOADED:
        throw new RpcException(400, "Throttling.User", "Request was denied due to user flow control.");
      default:
        return;
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

  private static byte[] readBody(Context ctx) throws IOException, RpcException {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new RpcException(413, "InvalidParameter", "The request body is larger than 1 MiB.");
      }
      return body;
    }
  }

  private static Map<String, String> parameters(Context ctx, byte[] body) throws RpcException {
    try {
      Map<String, String> parameters = new LinkedHashMap<>(QueryString.parse(ctx.queryString()));
      if (ctx.isFormUrlencoded() && body.length > 0) {
        for (Map.Entry<String, String> form :
            QueryString.parse(new String(body, StandardCharsets.UTF_8)).entrySet()) {
          if (parameters.putIfAbsent(form.getKey(), form.getValue()) != null) {
            throw RpcException.invalidParameter(
                "Parameter " + form.getKey() + " is given in both the query string and the body.");
          }
        }
      }
      return parameters;
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParameter("The request parameters are malformed: " + e.getMessage());
    }
  }

  private static SignableRequest signableRequest(Context ctx) throws RpcException {
    try {
      SignableRequest.Builder builder =
          SignableRequest.builder(ctx.method().name(), PercentEncoding.decode(ctx.path()))
              .query(QueryString.parse(ctx.queryString()));
      for (Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
        String name = names.nextElement();
        builder.header(name, String.join(",", Collections.list(ctx.req().getHeaders(name))));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParameter("The request is malformed: " + e.getMessage());
    }
  }

  private static void respond(Context ctx, int status, Map<String, Object> body) {
    try {
      ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void respondError(Context ctx, String requestId, RpcException error) {
    ctx.status(error.status()).contentType(JSON_TYPE)
        .result(error.toJson(requestId, ctx.host() == null ? "" : ctx.host()));
  }

  /** A request whose signature matched: its caller, what it calls, and the nonce to record once authorised. */
  private record Authenticated(Caller caller, String action, String version, String nonce) {}
}
