package dev.ossdirect.localcloud.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.auth.NonceRegistry;
import dev.ossdirect.localcloud.http.StageTimings;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 *   <li>Authenticates the caller ({@link RpcAuthenticator}): ACS3-HMAC-SHA256 or RPC signature V1, the
 *       request time, the signature nonce's length, the access key and STS token.
 *   <li>Finds the action, and has it check that the caller may make the call ({@link RpcAction#authorize}).
 *   <li>Records the nonce ({@link RpcAuthenticator#recordNonce}); only now, so that refused requests use up
 *       no room.
 *   <li>Runs the action and answers with its JSON, or with
 *       {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}} on error.
 * </ol>
 *
 * <p>Every request is logged on one line, without its query string, body or any credential but the access
 * key id, with how long each stage took ({@link StageTimings}); the answer carries the same stages in a
 * {@code Server-Timing} header.
 */
public final class RpcGateway implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(RpcGateway.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES = 1024 * 1024;
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
  private final RpcAuthenticator authenticator;

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
    this.authenticator = new RpcAuthenticator(callers, nonces, clock);
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
      RpcAuthenticator.Authenticated authenticated = authenticator.authenticate(ctx, parameters, body);
      accessKeyId = authenticated.caller().accessKeyId();
      action = authenticated.action();
      timings.lap("authenticate");
      if (!version.equals(authenticated.version())) {
        throw new RpcException(
            400, "InvalidVersion", "Specified parameter Version is not valid; use " + version + ".");
      }
      RpcAction handler = actions.get(authenticated.action());
      if (handler == null) {
        throw new RpcException(
            404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
      }
      RpcCall call = new RpcCall(requestId, authenticated.caller(), parameters, timings);
      handler.authorize(call);
      authenticator.recordNonce(authenticated);
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
}
