package dev.ossdirect.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers on every response: a Content-Security-Policy that lets the page run only its own scripts and
 * talk only to this server, the bucket and IMM, and forbids framing it; {@code X-Content-Type-Options:
 * nosniff}; {@code Referrer-Policy: no-referrer}; and caching rules for the compiled app
 * ({@code *.cache.js} never changes, {@code *.nocache.js} must be revalidated). Jetty's own error pages,
 * written before any handler runs, get the same headers through {@link ErrorPages}. During development
 * ({@link DevCodeServer}) the code server's origin is added to {@code script-src} and {@code connect-src},
 * and to nothing else; without it the policy is exactly the production one.
 */
public final class SecurityHeaders implements Handler {

  private final String contentSecurityPolicy;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public SecurityHeaders(Deployment deployment, Optional<DevCodeServer> devCodeServer) {
    String codeServer = devCodeServer.map(server -> " " + server.origin()).orElse("");
    this.contentSecurityPolicy = String.join("; ",
        "default-src 'none'",
        "script-src 'self'" + codeServer,
        "style-src 'self'",
        "img-src 'self' blob: data:",
        "connect-src 'self' " + Deployment.origin(deployment.bucketUrl()) + " " + Deployment.origin(deployment.immEndpoint())
            + codeServer,
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'");
    headers.put("Content-Security-Policy", contentSecurityPolicy);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
  }

  /** The Content-Security-Policy this server sends. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** Puts the headers (not the caching rules) on a response that Jetty writes itself. */
  void addTo(HttpFields.Mutable response) {
    headers.forEach(response::put);
  }

  @Override
  public void handle(Context ctx) {
    headers.forEach(ctx::header);
    String path = ctx.path();
    if (path.endsWith(".cache.js")) {
      ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    } else if (path.endsWith(".nocache.js") || path.equals("/") || path.endsWith(".html") || path.equals("/imm")) {
      ctx.header("Cache-Control", "no-cache");
    }
  }
}
