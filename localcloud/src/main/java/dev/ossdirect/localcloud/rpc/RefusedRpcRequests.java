package dev.ossdirect.localcloud.rpc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers, as RPC API errors, the requests that the HTTP server refuses before the gateway sees them: a
 * request target it cannot parse, two {@code Host} headers, a header block that is too large. Clients get
 * the API's JSON error document with a request id, as from any other refusal, rather than the server's HTML
 * page, which an SDK cannot read.
 */
final class RefusedRpcRequests extends ErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RefusedRpcRequests.class);

  private final String service;

  RefusedRpcRequests(String service) {
    this.service = service;
  }

  /** Every method gets its error document; Jetty's default writes one only for GET, POST and HEAD. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String message,
      Throwable cause, Callback callback) throws IOException {
    String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    RpcException error = status == 400
        ? RpcException.invalidParameter("The HTTP request is malformed: " + message + ".")
        : new RpcException(status, "InvalidRequest",
            "The HTTP server refused the request with status " + status + ".");
    String host = request.getHttpURI().getHost();
    response.getHeaders().put("Content-Type", "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(error.toJson(requestId, host == null ? "" : host)), callback);
    LOG.info("service={} method={} status={} code={} requestId={}", service, request.getMethod(), status,
        error.code(), requestId);
  }
}
