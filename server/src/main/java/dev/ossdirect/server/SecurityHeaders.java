package dev.ossdirect.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every response: a Content-Security-Policy that lets the page run only its own scripts and
 * talk only to this server, the bucket and IMM; {@code X-Content-Type-Options: nosniff};
 * {@code Referrer-Policy: no-referrer}; and caching rules for the compiled app ({@code *.cache.js} never
 * changes, {@code *.nocache.js} must be revalidated).
 */
public final class SecurityHeaders implements Handler {

  private final String contentSecurityPolicy;

  public SecurityHeaders(Deployment deployment) {
    this.contentSecurityPolicy = String.join("; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob: data:",
        "connect-src 'self' " + Deployment.origin(deployment.bucketUrl()) + " " + Deployment.origin(deployment.immEndpoint()),
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'");
  }

  /** The Content-Security-Policy this server sends. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    String path = ctx.path();
    if (path.endsWith(".cache.js")) {
      ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    } else if (path.endsWith(".nocache.js") || path.equals("/") || path.endsWith(".html") || path.equals("/imm")) {
      ctx.header("Cache-Control", "no-cache");
    }
  }
}
