package dev.ossdirect.server;

import static dev.ossdirect.server.JsonAnswers.error;
import static dev.ossdirect.server.JsonAnswers.respond;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/sts-token} (and the tutorial's {@code GET /get_sts_token}): the browser session's STS
 * token and everything the browser needs to use it.
 *
 * <p>The response keeps the tutorial's fields ({@code AccessKeyId}, {@code AccessKeySecret},
 * {@code SecurityToken}, {@code Expiration}), so its page would still work, and adds {@code Region},
 * {@code Bucket}, {@code OssEndpoint} (the bucket's URL as the browser must call it),
 * {@code OssSignatureVersion}, {@code ImmEndpoint}, {@code ImmProject}, {@code ImmSignature},
 * {@code UploadFlow} ({@code server-signed}: the page asks {@link UploadEndpoint} to sign each upload, and
 * this token may only detect faces; {@code browser-token}: this token may also write into the session's
 * folder), {@code UploadPrefix} (the session's folder), {@code MaxFileSize} and {@code AllowedContentTypes}.
 *
 * <p>The session's token is cached ({@link TokenCache}); {@code ?renew=1} bypasses the cache and issues a new
 * one, for a browser whose token OSS or IMM refused while the cache still held it for fresh. It counts
 * against the rate limit like any other token request.
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
    OptionalLong retryAfter = rateLimiter.tryAcquire(ClientAddress.of(
        ctx.ip(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")), settings.trustedProxies()));
    if (retryAfter.isPresent()) {
      metrics.rateLimited();
      ctx.header("Retry-After", Long.toString(retryAfter.getAsLong()));
      respond(ctx, 429, error("TooManyRequests",
          "Too many token requests; retry in " + retryAfter.getAsLong() + " s.", null));
      return;
    }
    BrowserSession session = BrowserSession.of(ctx, settings.sessionKey());
    String prefix = session.uploadPrefix(settings.uploadPrefix());
    IssuedToken token;
    try {
      TokenCache.Issuer assumeRole = s -> metrics.assumeRole(ServerMetrics.BROWSER,
          () -> issuer.assumeRole(s, SessionPolicy.forBrowser(deployment, prefix, settings.uploadFlow())));
      token = "1".equals(ctx.queryParam("renew")) ? cache.renew(session, assumeRole) : cache.get(session, assumeRole);
    } catch (StsFailure failure) {
      LOG.warn("event=assume-role-failed session={} code={} requestId={} fix=\"{}\"",
          session.logTag(), failure.code(), failure.requestId(), failure.likelyFix());
      respond(ctx, 502, error(failure.code(), failure.getMessage(), failure.requestId()));
      return;
    }
    budget.open(session);
    metrics.tokenIssued();
    respond(ctx, 200, body(token, prefix));
  }

  private Map<String, Object> body(IssuedToken token, String prefix) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("AccessKeyId", token.accessKeyId());
    body.put("AccessKeySecret", token.accessKeySecret());
    body.put("SecurityToken", token.securityToken());
    body.put("Expiration", token.expiration());
    body.put("Region", deployment.region());
    body.put("Bucket", deployment.bucket());
    body.put("OssEndpoint", deployment.bucketUrl().toString());
    body.put("OssSignatureVersion", settings.ossSignatureVersion().wireName());
    body.put("ImmEndpoint", deployment.immEndpoint().toString());
    body.put("ImmProject", deployment.immProject());
    body.put("ImmSignature", settings.immSignature().wireName());
    body.put("UploadFlow", settings.uploadFlow().wireName());
    body.put("UploadPrefix", prefix);
    body.put("MaxFileSize", settings.maxFileSize());
    body.put("AllowedContentTypes", settings.allowedContentTypes());
    return body;
  }

}
