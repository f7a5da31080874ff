package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers, as OSS errors, the requests that the HTTP server refuses before the gateway sees them: a
 * request target it cannot parse (a broken percent escape, an encoded NUL, dot segments that climb above
 * the root), or a header block that is too large. Clients get an {@code <Error>} document with
 * {@code InvalidURI} (or {@code InvalidRequest}) and a request id, rather than the server's HTML page.
 */
final class RefusedRequests extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int status, String message,
      Throwable cause, Callback callback) throws IOException {
    long start = System.nanoTime();
    String requestId = OssGateway.newRequestId();
    OssException error = error(status);
    byte[] document = error.toXml(requestId, RequestTarget.hostName(request.getHeaders().get("Host")));
    response.getHeaders().put("x-oss-request-id", requestId);
    response.getHeaders().put("Content-Type", "application/xml");
    response.write(true, ByteBuffer.wrap(document), callback);
    OssGateway.log(request.getMethod(), "-", "-", status, error.code(), "-", requestId, start);
  }

  private static OssException error(int status) {
    if (status == 400) {
      return new OssException(status, "InvalidURI", "Couldn't parse the specified URI.");
    }
    return new OssException(
        status, "InvalidRequest", "The HTTP server refused the request with status " + status + ".");
  }
}
