package dev.ossdirect.bench.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves the benchmark pages on loopback: {@code /pages/*} from this jar's {@code pages} resources, and
 * other prefixes from folders (the reference JavaScript from npm, our compiled signing calls).
 */
public final class PageServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json");

  private final HttpServer server;
  private final Map<String, Path> folders = new LinkedHashMap<>();

  private PageServer(HttpServer server) {
    this.server = server;
  }

  /** A server on a free loopback port, {@code folders} mapping URL prefixes such as {@code /ours/} to folders. */
  public static PageServer start(Map<String, Path> folders) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    PageServer pages = new PageServer(http);
    pages.folders.putAll(folders);
    http.createContext("/", pages::serve);
    http.start();
    return pages;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = read(path);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String extension = path.substring(path.lastIndexOf('.') + 1);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private byte[] read(String path) throws IOException {
    if (path.contains("..")) {
      return null;
    }
    if (path.startsWith("/pages/")) {
      try (InputStream in = PageServer.class.getResourceAsStream(path)) {
        return in == null ? null : in.readAllBytes();
      }
    }
    for (Map.Entry<String, Path> folder : folders.entrySet()) {
      if (path.startsWith(folder.getKey())) {
        Path file = folder.getValue().resolve(path.substring(folder.getKey().length()));
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
