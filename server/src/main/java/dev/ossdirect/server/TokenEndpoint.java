package dev.ossdirect.server;

import static dev.ossdirect.server.JsonAnswers.error;
import static dev.ossdirect.server.JsonAnswers.respond;

import dev.ossdirect.signing.token.TokenAnswer;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Collections;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/sts-token} (and the tutorial's {@code GET /get_sts_token}): the browser session's STS
 * token and everything the browser needs to use it.
 *
 * <p>The response is a {@link TokenAnswer}, whose fields the page reads by the same names. It keeps the
 * tutorial's fields ({@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken}, {@code Expiration}),
 * so its page would still work, and adds where and how to use the token, among them {@code UploadFlow}
 * ({@code server-signed}: the page asks {@link UploadEndpoint} to sign each upload, and this token may only
 * detect faces; {@code browser-token}: this token may also write into the session's folder).
 *
 * <p>The session's token is cached ({@link TokenCache}) with this answer for it, written once when the
 * token is issued, so that a reload is answered with those bytes; {@code ?renew=1} bypasses the cache and
 * issues a new one, for a browser whose token OSS or IMM refused while the cache still held it for fresh.
 * It counts against the rate limit like any other token request.
 *
 * <p>It is never cached ({@code Cache-Control: no-store}) and has no CORS headers: only the app's own
 * origin may read it. Over the rate limit it answers 429 with {@code Retry-After}; when STS fails, 502 with
 * STS's {@code Code}, {@code Message} and {@code RequestId}.
 */
public final class TokenEndpoint implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

  private final ServerSettings settings;
  private final Deployment deployment;
  private final TokenCache cache;
  private final StsTokenIssuer issuer;
  private final ClientRateLimiter rateLimiter;
  private final UploadBudget budget;
  private final ServerMetrics metrics;

  public TokenEndpoint(
      ServerSettings settings,
      Deployment deployment,
      TokenCache cache,
      StsTokenIssuer issuer,
      ClientRateLimiter rateLimiter,
      UploadBudget budget,
      ServerMetrics metrics) {
    this.settings = settings;
    this.deployment = deployment;
    this.cache = cache;
    this.issuer = issuer;
    this.rateLimiter = rateLimiter;
    this.budget = budget;
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    OptionalLong retryAfter = rateLimiter.tryAcquire(() -> ClientAddress.of(
        ctx.ip(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")), settings.trustedProxies()));
    if (retryAfter.isPresent()) {
      metrics.rateLimited();
      ctx.header("Retry-After", Long.toString(retryAfter.getAsLong()));
      respond(ctx, 429, error("TooManyRequests",
          "Too many token requests; retry in " + retryAfter.getAsLong() + " s.", null));
      return;
    }
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    CachedTokenAnswer cached;
    try {
      TokenCache.Issuer assumeRole = s -> {
        String prefix = s.uploadPrefix(settings.uploadPrefix());
        IssuedToken token = metrics.assumeRole(ServerMetrics.BROWSER,
            () -> issuer.assumeRole(s, SessionPolicy.forBrowser(deployment, prefix, settings.uploadFlow())));
        return new CachedTokenAnswer(token, answer(token, prefix).toJson());
      };
      cached = renewRequested(ctx) ? cache.renew(session, assumeRole) : cache.get(session, assumeRole);
    } catch (StsFailure failure) {
      LOG.warn("event=assume-role-failed session={} code={} requestId={} fix=\"{}\"",
          session.logTag(), failure.code(), failure.requestId(), failure.likelyFix());
      respond(ctx, 502, error(failure.code(), failure.getMessage(), failure.requestId()));
      return;
    }
    budget.open(session);
    metrics.tokenIssued();
    respond(ctx, 200, cached.json());
  }

  /**
   * Whether the request asks for a new token ({@code ?renew=1}). A request without a query string, which
   * is every ordinary one, is answered without parsing the query into parameters.
   */
  private static boolean renewRequested(Context ctx) {
    return ctx.queryString() != null && "1".equals(ctx.queryParam("renew"));
  }

  private TokenAnswer answer(IssuedToken token, String prefix) {
    return TokenAnswer.builder()
        .token(token.accessKeyId(), token.accessKeySecret(), token.securityToken(), token.expiration())
        .bucket(deployment.region(), deployment.bucket(), deployment.bucketUrl().toString())
        .ossSignatureVersion(settings.ossSignatureVersion())
        .imm(deployment.immEndpoint().toString(), deployment.immProject())
        .immSignature(settings.immSignature())
        .uploadFlow(settings.uploadFlow())
        .uploadPrefix(prefix)
        .limits(settings.maxFileSize(), settings.allowedContentTypes())
        .build();
  }
}
