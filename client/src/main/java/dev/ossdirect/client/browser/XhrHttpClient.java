package dev.ossdirect.client.browser;

import dev.ossdirect.client.call.Cancellable;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpListener;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import elemental2.dom.XMLHttpRequest;
import java.util.Map;

/**
 * Sends requests with {@code XMLHttpRequest}, the browser API that reports upload progress
 * ({@code fetch} does not). File bodies must come from {@link BrowserFile}s. The browser adds no header
 * of its own to what the request lists (see {@link BrowserFile#body}).
 */
public final class XhrHttpClient implements HttpClient {

  @Override
  public Cancellable send(HttpRequest request, HttpListener listener) {
    XMLHttpRequest xhr = new XMLHttpRequest();
    xhr.open(request.method(), request.url());
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      xhr.setRequestHeader(header.getKey(), header.getValue());
    }
    xhr.timeout = request.timeoutMillis();
    xhr.onload = event -> listener.onResponse(HttpResponse.received(xhr.status, xhr.responseText, xhr::getResponseHeader));
    xhr.onerror = event -> {
      listener.onResponse(HttpResponse.networkError());
      return null;
    };
    xhr.ontimeout = event -> listener.onResponse(HttpResponse.timedOut());
    if (request.file() != null) {
      xhr.upload.onprogress = event -> listener.onUploadProgress((long) event.loaded);
      xhr.send(((BrowserFile) request.file()).body(request.fileRange(), request.header("Content-Type") != null));
    } else if (request.textBody() != null) {
      xhr.send(request.textBody());
    } else {
      xhr.send();
    }
    return () -> {
      xhr.onload = null;
      xhr.onerror = null;
      xhr.ontimeout = null;
      xhr.upload.onprogress = null;
      xhr.abort();
    };
  }
}
