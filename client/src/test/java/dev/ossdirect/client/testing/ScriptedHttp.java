package dev.ossdirect.client.testing;

import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpListener;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** An HTTP client that records every request and answers only when the test tells it to. */
public final class ScriptedHttp implements HttpClient {

  /** One request sent, waiting for its answer. */
  public static final class Exchange {
    public final HttpRequest request;
    private final HttpListener listener;
    private boolean aborted;
    private boolean answered;

    Exchange(HttpRequest request, HttpListener listener) {
      this.request = request;
      this.listener = listener;
    }

    public boolean isAborted() {
      return aborted;
    }

    public boolean isOpen() {
      return !aborted && !answered;
    }

    public void progress(long sentBytes) {
      listener.onUploadProgress(sentBytes);
    }

    public void respond(int status, String body, Map<String, String> headers) {
      answered = true;
      listener.onResponse(HttpResponse.received(status, body, name -> {
        for (Map.Entry<String, String> header : headers.entrySet()) {
          if (header.getKey().equalsIgnoreCase(name)) {
            return header.getValue();
          }
        }
        return null;
      }));
    }

    public void respond(int status, String body) {
      respond(status, body, Map.of());
    }

    public void failNetwork() {
      answered = true;
      listener.onResponse(HttpResponse.networkError());
    }

    public void timeOut() {
      answered = true;
      listener.onResponse(HttpResponse.timedOut());
    }

    public String method() {
      return request.method();
    }

    public String url() {
      return request.url();
    }

    @Override
    public String toString() {
      return request.method() + " " + request.url();
    }
  }

  private final List<Exchange> exchanges = new ArrayList<>();

  @Override
  public Cancellable send(HttpRequest request, HttpListener listener) {
    Exchange exchange = new Exchange(request, listener);
    exchanges.add(exchange);
    return () -> exchange.aborted = true;
  }

  /** Every request sent so far. */
  public List<Exchange> all() {
    return exchanges;
  }

  /** The requests still waiting for an answer. */
  public List<Exchange> open() {
    return exchanges.stream().filter(Exchange::isOpen).collect(Collectors.toList());
  }

  /** The open requests matching {@code filter}. */
  public List<Exchange> open(Predicate<Exchange> filter) {
    return open().stream().filter(filter).collect(Collectors.toList());
  }

  /** The only open request; fails if there is not exactly one. */
  public Exchange single() {
    List<Exchange> open = open();
    if (open.size() != 1) {
      throw new AssertionError("Expected one open request, found " + open);
    }
    return open.get(0);
  }

  /** Requests whose method and URL contain {@code text} (e.g. "PUT ?partNumber=2&"). */
  public static Predicate<Exchange> matching(String method, String urlPart) {
    return exchange -> exchange.method().equals(method)
        && exchange.url().toLowerCase(Locale.ROOT).contains(urlPart.toLowerCase(Locale.ROOT));
  }
}
