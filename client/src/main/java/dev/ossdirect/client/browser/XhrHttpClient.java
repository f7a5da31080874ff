package dev.ossdirect.client.browser;

import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.http.HttpClient;
import dev.ossdirect.client.http.HttpListener;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.signing.NamedValues;
import elemental2.dom.FormData;
import elemental2.dom.XMLHttpRequest;

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
    NamedValues headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      xhr.setRequestHeader(headers.name(i), headers.value(i));
    }
    xhr.timeout = request.timeoutMillis();
    xhr.onload = event -> listener.onResponse(HttpResponse.received(xhr.status, xhr.responseText, xhr::getResponseHeader));
    xhr.onerror = event -> {
      listener.onResponse(HttpResponse.networkError());
      return null;
    };
    xhr.ontimeout = event -> listener.onResponse(HttpResponse.timedOut());
    NamedValues fields = request.formFields();
    if (fields != null) {
      FormData form = new FormData();
      for (int i = 0; i < fields.size(); i++) {
        form.append(fields.name(i), fields.value(i));
      }
      BrowserFile file = (BrowserFile) request.file();
      form.append("file", file.formPart(fields.get("Content-Type")), file.name());
      // The form's fields and framing come on top of the file: progress counts the file's share of the body.
      long fileSize = request.file().size();
      xhr.upload.onprogress = event -> listener.onUploadProgress(event.total > 0
          ? (long) Math.floor(event.loaded / event.total * fileSize) : 0);
      xhr.send(form);
    } else if (request.file() != null) {
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
