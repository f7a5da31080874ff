package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.http.StageTimings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers, as OSS errors, the requests that the HTTP server refuses before the gateway sees them: a
 * request target it cannot parse (a broken percent escape, an encoded NUL, dot segments that climb above
 * the root), a header block that is too large, or broken body framing (a {@code Content-Length} that is
 * not a number, two of them, or one beside {@code Transfer-Encoding}), whatever the method. Clients get an
 * {@code <Error>} document with {@code InvalidURI} (or {@code InvalidRequest}) and a request id, rather
 * than the server's HTML page or an empty body.
 */
final class RefusedRequests extends ErrorHandler {

  /** Every method gets its error document; Jetty's default writes one only for GET, POST and HEAD. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String message,
      Throwable cause, Callback callback) throws IOException {
    long start = System.nanoTime();
    String requestId = OssGateway.newRequestId();
    OssException error = error(status, message);
    byte[] document = error.toXml(requestId, RequestTarget.hostName(request.getHeaders().get("Host")));
    response.getHeaders().put("x-oss-request-id", requestId);
    response.getHeaders().put("Content-Type", "application/xml");
    response.write(true, ByteBuffer.wrap(document), callback);
    OssGateway.log(request.getMethod(), "-", "-", status, error.code(), "-", requestId, start, new StageTimings());
  }

  /**
   * {@code InvalidURI} for a request target the server cannot parse, {@code InvalidRequest} for anything
   * else it refuses, such as a {@code Content-Length} that is not a number or that contradicts
   * {@code Transfer-Encoding}.
   */
  private static OssException error(int status, String message) {
    String reason = message == null ? "" : message.toLowerCase(Locale.ROOT);
    boolean framing = reason.contains("content-length") || reason.contains("transfer-encoding");
    if (status == 400 && !framing) {
      return new OssException(status, "InvalidURI", "Couldn't parse the specified URI.");
    }
    return new OssException(status, "InvalidRequest",
        "The HTTP server refused the request with status " + status + (message == null ? "" : ": " + message) + ".");
  }
}
