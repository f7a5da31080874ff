package dev.ossdirect.localcloud.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * One service's HTTP endpoint on loopback: a Javalin server with its own port.
 *
 * <p>Jetty is told to pass every request target through, ambiguous ones included (encoded slashes, dot
 * segments), so that the service itself can reject them with an error in its own protocol's format.
 *
 * <p>Every answer, the HTTP server's own error pages included, carries the {@link SecurityHeaders}.
 *
 * <p>No client can hold a thread for ever: a connection on which nothing arrives for the idle timeout is
 * closed, and a body that comes in slower than {@link #MIN_REQUEST_BYTES_PER_SECOND} on average is cut off,
 * since a client that sends a byte now and then would never trip the idle timeout. The floor is far below
 * any real network (a 1 MB picture at that rate would take over two hours).
 */
public final class HttpEndpoint implements AutoCloseable {

  /** The slowest average rate, in bytes a second, at which a request body may come in. */
  public static final long MIN_REQUEST_BYTES_PER_SECOND = 128;

  private final String name;
  private final Javalin app;

  private HttpEndpoint(String name, Javalin app) {
    this.name = name;
    this.app = app;
  }

  /**
   * Starts {@code name} on {@code host}:{@code port} (0 picks a free port) with {@code routes}, closing
   * connections idle for {@code idleTimeoutMillis}.
   *
   * <p>The body-rate floor uses Jetty's connection-level setting, which Jetty 12 marks for removal in
   * favour of {@code MinimumDataRateHandler}. That handler, tried in its place, did not cut off a client
   * trickling 16 bytes a second into a blocking read (the reliability suite's slow-client test waited five
   * minutes for the cut-off), so the setting stays until a replacement passes that test.
   */
  @SuppressWarnings("removal")
  public static HttpEndpoint start(
      String name, String host, int port, long idleTimeoutMillis, Consumer<JavalinConfig> routes) {
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              config.http.maxRequestSize = 1024 * 1024;
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setUriCompliance(UriCompliance.UNSAFE);
                    http.setSendServerVersion(false);
                    http.setRequestHeaderSize(32 * 1024);
                    http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                  });
              config.jetty.addConnector(
                  (server, http) -> {
                    ServerConnector connector =
                        new ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
                    connector.setHost(host);
                    connector.setPort(port);
                    connector.setIdleTimeout(idleTimeoutMillis);
                    return connector;
                  });
              config.jetty.modifyServer(server -> server.setHandler(SecurityHeaders.onEveryResponse()));
              routes.accept(config);
              // After the service's own settings, so that the error handler it set is the one wrapped.
              config.jetty.modifyServer(server -> server.setErrorHandler(SecurityHeaders.onErrorPages(
                  server.getErrorHandler() != null ? server.getErrorHandler() : new ErrorHandler())));
            });
    app.start();
    return new HttpEndpoint(name, app);
  }

  public String name() {
    return name;
  }

  /** The port the endpoint listens on. */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port}. */
  public URI uri(String host) {
    return URI.create("http://" + host + ":" + port());
  }

  @Override
  public void close() {
    app.stop();
  }
}
