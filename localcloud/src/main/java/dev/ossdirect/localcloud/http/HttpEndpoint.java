package dev.ossdirect.localcloud.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One service's HTTP endpoint on loopback: a Javalin server with its own port.
 *
 * <p>Jetty is told to pass every request target through, ambiguous ones included (encoded slashes, dot
 * segments), so that the service itself can reject them with an error in its own protocol's format.
 * Idle connections are closed after 30 seconds, so a client that stops sending cannot hold a thread.
 */
public final class HttpEndpoint implements AutoCloseable {

  private static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private final String name;
  private final Javalin app;

  private HttpEndpoint(String name, Javalin app) {
    this.name = name;
    this.app = app;
  }

  /** Starts {@code name} on {@code host}:{@code port} (0 picks a free port) with {@code routes}. */
  public static HttpEndpoint start(String name, String host, int port, Consumer<JavalinConfig> routes) {
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
                  });
              config.jetty.addConnector(
                  (server, http) -> {
                    ServerConnector connector =
                        new ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
                    connector.setHost(host);
                    connector.setPort(port);
                    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                    return connector;
                  });
              routes.accept(config);
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
