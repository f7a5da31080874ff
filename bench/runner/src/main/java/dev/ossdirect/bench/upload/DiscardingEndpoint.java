package dev.ossdirect.bench.upload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP endpoint that reads every request body and throws it away, answering 200 with an
 * {@code ETag}, and lets any origin {@code PUT} to it (CORS). The browser's plain {@code XMLHttpRequest}
 * uploads to it are the ceiling the upload benchmark compares with: what is left of an upload once the
 * storage, the signing and the client's own logic are taken away.
 */
final class DiscardingEndpoint implements AutoCloseable {

  /** More threads than the browser opens connections to one host (six), so no request waits for one. */
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService threads;

  private DiscardingEndpoint(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static DiscardingEndpoint start() throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    http.setExecutor(threads);
    http.createContext("/", DiscardingEndpoint::answer);
    http.start();
    return new DiscardingEndpoint(http, threads);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      var headers = exchange.getResponseHeaders();
      headers.set("Access-Control-Allow-Origin", "*");
      if ("OPTIONS".equals(exchange.getRequestMethod())) {
        headers.set("Access-Control-Allow-Methods", "PUT, POST");
        headers.set("Access-Control-Max-Age", "600");
        headers.set("Access-Control-Allow-Headers",
            exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers") == null ? "*"
                : exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers"));
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      long read = 0;
      byte[] buffer = new byte[1 << 16];
      try (InputStream body = exchange.getRequestBody()) {
        for (int n; (n = body.read(buffer)) >= 0; ) {
          read += n;
        }
      }
      headers.set("ETag", "\"" + Long.toHexString(read) + "\"");
      headers.set("Access-Control-Expose-Headers", "ETag");
      exchange.sendResponseHeaders(200, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
