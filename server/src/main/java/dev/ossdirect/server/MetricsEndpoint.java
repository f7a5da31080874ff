package dev.ossdirect.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code GET /metrics} in Prometheus's text format, on a listener of its own (the JDK's small HTTP server),
 * apart from the app's public port: a load balancer forwards only the app's port, and a firewall may let
 * the scraper alone reach this one. It binds to the same host as the app, so that a Prometheus on another
 * machine can scrape it; the counters carry no secret, session or client address.
 */
public final class MetricsEndpoint implements AutoCloseable {

  private final com.sun.net.httpserver.HttpServer server;
  private final ExecutorService executor;

  private MetricsEndpoint(com.sun.net.httpserver.HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Serves {@code metrics} on {@code host}:{@code port} (0: any free port). */
  public static MetricsEndpoint start(String host, int port, ServerMetrics metrics) {
    com.sun.net.httpserver.HttpServer server;
    try {
      server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen for metrics on " + host + ":" + port, e);
    }
    ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "metrics");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        if (!exchange.getRequestURI().getPath().equals("/metrics")) {
          answer(exchange, 404, "text/plain; charset=utf-8", "Not found; metrics are at /metrics.\n");
        } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          answer(exchange, 405, "text/plain; charset=utf-8", "Only GET.\n");
        } else {
          answer(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        }
      }
    });
    server.start();
    return new MetricsEndpoint(server, executor);
  }

  private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
