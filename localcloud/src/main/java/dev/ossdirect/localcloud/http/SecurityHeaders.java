package dev.ossdirect.localcloud.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response of the local cloud carries: {@code X-Content-Type-Options: nosniff}, so that
 * no browser reads an object or an error document as something other than its declared type, and a
 * Content-Security-Policy that lets nothing load, run or frame it ({@code default-src 'none';
 * frame-ancestors 'none'; sandbox}), so that an object opened in a tab cannot run script or be framed by
 * another site. Neither affects what the services are for: a page's {@code XMLHttpRequest} or
 * {@code fetch} to OSS or IMM is governed by CORS, not by the headers of the answer.
 *
 * <p>They are added in two places, so that no answer goes without them: before the service's handler runs
 * ({@link #onEveryResponse()}), and on the error pages of the HTTP server itself
 * ({@link #onErrorPages}), which answers the requests it refuses before any handler sees them (a request
 * line or header block too large or malformed, an unknown HTTP version).
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
  static final String CONTENT_TYPE_OPTIONS = "nosniff";

  private SecurityHeaders() {}

  /** Puts the headers on {@code headers}, replacing any value they had. */
  static void addTo(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
  }

  /** A handler for the top of the server: it adds the headers, then hands the request on. */
  static Handler.Wrapper onEveryResponse() {
    return new Handler.Wrapper() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response.getHeaders());
        return super.handle(request, response, callback);
      }
    };
  }

  /** {@code errorPages}, the server's error handler, adding the headers before it writes its answer. */
  static Request.Handler onErrorPages(Request.Handler errorPages) {
    return new Request.Handler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response.getHeaders());
        return errorPages.handle(request, response, callback);
      }

      @Override
      public InvocationType getInvocationType() {
        return errorPages.getInvocationType();
      }
    };
  }
}
