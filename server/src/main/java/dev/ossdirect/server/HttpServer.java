package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.token.UploadFlow;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server: the compiled browser app at {@code /} (and {@code /imm}, the tutorial's path), the
 * token endpoint, the upload endpoints ({@link UploadEndpoint}), {@code /healthz}, security headers on
 * everything (Jetty's own error pages too), and one log line per request without query strings, cookies or
 * bodies; and, when a metrics port is set, {@link MetricsEndpoint} on a listener of its own. It stops
 * gracefully, letting requests in flight finish.
 */
public final class HttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  /** The request attribute that names the upload endpoint a request reached, for its metrics. */
  private static final String UPLOAD_ACTION = "ossdirect.upload-action";
  /** How long the rate limit stays per instance after Redis failed, before Redis is tried again. */
  private static final Duration REDIS_RETRY_AFTER = Duration.ofSeconds(2);
  /** The script the page loads first, GWT's bootstrap; the code server's loader during development. */
  private static final String BOOTSTRAP = "/app/app.nocache.js";

  private final Javalin app;
  private final ExecutorService stsCalls;
  private final String host;
  private final ClientRateLimiter rateLimiter;
  private final MetricsEndpoint metricsEndpoint;

  private HttpServer(Javalin app, ExecutorService stsCalls, String host, ClientRateLimiter rateLimiter,
      MetricsEndpoint metricsEndpoint) {
    this.app = app;
    this.stsCalls = stsCalls;
    this.host = host;
    this.rateLimiter = rateLimiter;
    this.metricsEndpoint = metricsEndpoint;
  }

  /**
   * Starts the server for {@code deployment}, issuing the browsers' tokens with {@code browserIssuer} and its
   * own, which signs uploads, with {@code serverIssuer}; {@code stsClock} is the clock of the STS that issues
   * them, and dates the signatures.
   */
  public static HttpServer start(ServerSettings settings, Deployment deployment, StsTokenIssuer browserIssuer,
      StsTokenIssuer serverIssuer, Clock stsClock) {
    ExecutorService stsCalls = Executors.newFixedThreadPool(16, runnable -> {
      Thread thread = new Thread(runnable, "sts-call");
      thread.setDaemon(true);
      return thread;
    });
    ServerMetrics metrics = new ServerMetrics();
    UploadBudget budget = new UploadBudget(settings.maxFilesPerSession(), settings.maxBytesPerSession());
    RedisBuckets redisBuckets = settings.redis() == null
        ? null : new RedisBuckets(settings.redis(), REDIS_RETRY_AFTER, System::nanoTime);
    if (redisBuckets != null) {
      metrics.watchRedis(redisBuckets::shared);
    }
    ClientRateLimiter rateLimiter = new ClientRateLimiter(settings.rateLimitPerMinute(), redisBuckets);
    TokenEndpoint tokens = new TokenEndpoint(settings, deployment, new TokenCache(stsCalls, stsClock, metrics.registry()),
        browserIssuer, rateLimiter, budget, metrics);
    SigningCredentials signingCredentials = new SigningCredentials(
        serverIssuer, SessionPolicy.forServer(deployment, settings.uploadPrefix()), stsClock, metrics);
    if (settings.uploadFlow() == UploadFlow.SERVER_SIGNED && !settings.cloudMode()) {
      warmUp(signingCredentials);
    }
    UploadEndpoint uploads = new UploadEndpoint(settings, deployment, budget, new SignedUploads(),
        new UploadSignatures(deployment, settings.ossSignatureVersion(), stsClock), signingCredentials,
        new OssUploadCalls(deployment,
            OssUploadCalls.signer(settings.ossSignatureVersion(), deployment.region(), stsClock), signingCredentials),
        stsClock);
    SecurityHeaders headers = new SecurityHeaders(deployment, settings.devCodeServer());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.startup.startupWatcherEnabled = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/webapp";
        files.location = Location.CLASSPATH;
        files.headers = java.util.Map.of();
      });
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(10_000);
        server.setErrorHandler(new ErrorPages(headers));
      });
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        // Jetty reuses a header it parsed earlier on the connection when a new one equals it ignoring
        // case, so a session cookie that differs only in case would be read as the earlier one.
        http.setHeaderCacheCaseSensitive(true);
      });
      config.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(30_000);
        return connector;
      });
      config.routes.before(headers);
      config.routes.get("/api/sts-token", tokens);
      config.routes.get("/get_sts_token", tokens);
      config.routes.post("/api/uploads", counted("create", uploads::create));
      config.routes.post("/api/uploads/{id}/parts/{n}", counted("part", uploads::signPart));
      config.routes.post("/api/uploads/{id}/complete", counted("complete", uploads::complete));
      config.routes.delete("/api/uploads/{id}", counted("abort", uploads::abort));
      settings.devCodeServer().ifPresent(codeServer -> {
        LOG.warn("event=dev-code-server origin={} note=\"development only: the page loads its script from GWT's "
            + "code server, and the Content-Security-Policy allows that origin\"", codeServer.origin());
        String loader = codeServer.loaderScript();
        config.routes.get(BOOTSTRAP, ctx -> ctx.contentType("text/javascript; charset=utf-8").result(loader));
      });
      HostPage hostPage = HostPage.ofBuiltClient(settings.uploadFlow(), settings.devCodeServer().isPresent());
      for (String page : new String[] {"/", "/imm"}) {
        config.routes.get(page, hostPage);
      }
      config.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
      config.requestLogger.http((ctx, ms) -> {
        LOG.info("method={} path={} status={} ms={}",
            ctx.method(), ctx.path(), ctx.statusCode(), String.format(Locale.ROOT, "%.1f", ms));
        String uploadAction = ctx.attribute(UPLOAD_ACTION);
        if (uploadAction != null) {
          metrics.uploadAnswered(uploadAction, ctx.statusCode());
        }
      });
    });
    MetricsEndpoint metricsEndpoint = null;
    try {
      app.start();
      if (settings.metricsPort().isPresent()) {
        metricsEndpoint = MetricsEndpoint.start(settings.host(), settings.metricsPort().getAsInt(), metrics);
      }
    } catch (RuntimeException e) {
      app.stop();
      rateLimiter.close();
      stsCalls.shutdownNow();
      throw e;
    }
    return new HttpServer(app, stsCalls, settings.host(), rateLimiter, metricsEndpoint);
  }

  /**
   * {@code handler}, marking its requests as reaching the upload endpoint {@code action}, so that the
   * request log counts their final status (after any exception was turned into an answer).
   */
  private static Handler counted(String action, Handler handler) {
    return ctx -> {
      ctx.attribute(UPLOAD_ACTION, action);
      handler.handle(ctx);
    };
  }

  /**
   * In local mode, assumes the role for the server's own token before the first upload needs it, from the
   * embedded cloud that has just started: its token is then as old as the page's first one, as a test that
   * moves the cloud's clock expects. Cloud mode waits for the first upload rather than make start-up depend
   * on STS. A failure does not stop the server: the first upload tries again, and its page is told STS's
   * error.
   */
  private static void warmUp(SigningCredentials signingCredentials) {
    try {
      signingCredentials.current();
    } catch (StsFailure failure) {
      LOG.warn("event=signing-token-failed code={} requestId={} fix=\"{}\"", failure.code(), failure.requestId(),
          failure.likelyFix());
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The port metrics are served on, if they are. */
  public OptionalInt metricsPort() {
    return metricsEndpoint == null ? OptionalInt.empty() : OptionalInt.of(metricsEndpoint.port());
  }

  /** The URL to open in a browser. */
  public URI url() {
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  @Override
  public void close() {
    if (metricsEndpoint != null) {
      metricsEndpoint.close();
    }
    app.stop();
    stsCalls.shutdownNow();
    rateLimiter.close();
  }
}
