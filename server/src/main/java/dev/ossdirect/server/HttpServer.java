package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.token.UploadFlow;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Locale;
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
 * bodies. It stops gracefully, letting requests in flight finish.
 */
public final class HttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final String INDEX = "/webapp/app/index.html";

  private final Javalin app;
  private final ExecutorService stsCalls;
  private final String host;

  private HttpServer(Javalin app, ExecutorService stsCalls, String host) {
    this.app = app;
    this.stsCalls = stsCalls;
    this.host = host;
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
    UploadBudget budget = new UploadBudget(settings.maxFilesPerSession(), settings.maxBytesPerSession());
    TokenEndpoint tokens = new TokenEndpoint(settings, deployment, new TokenCache(stsCalls, stsClock), browserIssuer,
        new ClientRateLimiter(settings.rateLimitPerMinute()), budget);
    SigningCredentials signingCredentials = new SigningCredentials(
        serverIssuer, SessionPolicy.forServer(deployment, settings.uploadPrefix()), stsClock);
    if (settings.uploadFlow() == UploadFlow.SERVER_SIGNED && !settings.cloudMode()) {
      warmUp(signingCredentials);
    }
    UploadEndpoint uploads = new UploadEndpoint(settings, deployment, budget, new SignedUploads(),
        new UploadSignatures(deployment, settings.ossSignatureVersion(), stsClock), signingCredentials,
        new OssUploadCalls(deployment,
            OssUploadCalls.signer(settings.ossSignatureVersion(), deployment.region(), stsClock), signingCredentials),
        stsClock);
    SecurityHeaders headers = new SecurityHeaders(deployment);
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
      config.routes.post("/api/uploads", uploads::create);
      config.routes.post("/api/uploads/{id}/parts/{n}", uploads::signPart);
      config.routes.post("/api/uploads/{id}/complete", uploads::complete);
      config.routes.delete("/api/uploads/{id}", uploads::abort);
      for (String page : new String[] {"/", "/imm"}) {
        config.routes.get(page, ctx -> ctx.contentType("text/html; charset=utf-8")
            .result(HttpServer.class.getResourceAsStream(INDEX)));
      }
      config.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
      config.requestLogger.http((ctx, ms) -> LOG.info("method={} path={} status={} ms={}",
          ctx.method(), ctx.path(), ctx.statusCode(), String.format(Locale.ROOT, "%.1f", ms)));
    });
    app.start();
    return new HttpServer(app, stsCalls, settings.host());
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

  /** The URL to open in a browser. */
  public URI url() {
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
    stsCalls.shutdownNow();
  }
}
