package dev.ossdirect.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The pages Jetty writes itself, for the requests it refuses before any handler runs (a request line or
 * header block too large or malformed, an unknown HTTP version, a broken escape in the path): Jetty's plain
 * error page, without stack traces, carrying the {@link SecurityHeaders}. Without them such a page could be
 * framed by another site or sniffed as another type, whatever the app's own pages forbid.
 */
final class ErrorPages extends ErrorHandler {

  private final SecurityHeaders headers;

  ErrorPages(SecurityHeaders headers) {
    this.headers = headers;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    headers.addTo(response.getHeaders());
    return super.handle(request, response, callback);
  }
}
