package dev.ossdirect.server.browser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * Makes up for one defect of HtmlUnit's engine: {@code XMLHttpRequest.send(blob)} sends the blob decoded
 * as UTF-8 text, so a picture arrives mangled. The page's PutObject of {@code file} to {@code ossOrigin}
 * is sent here instead, with everything the page gave it (URL, signed headers) and the file's true bytes
 * as its body, as a real browser sends it. Every other request, CORS preflights included, goes through
 * HtmlUnit as usual.
 */
final class FileBodiesForHtmlUnit extends WebConnectionWrapper {

  /** Headers {@code java.net.http} sets itself. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final String ossOrigin;
  private final Path file;
  private final HttpClient http = HttpClient.newHttpClient();

  FileBodiesForHtmlUnit(WebClient browser, String ossOrigin, Path file) {
    super(browser);
    this.ossOrigin = ossOrigin;
    this.file = file;
  }

  @Override
  public WebResponse getResponse(WebRequest request) throws IOException {
    if (request.getHttpMethod() != HttpMethod.PUT || !request.getUrl().toString().startsWith(ossOrigin + "/")) {
      return super.getResponse(request);
    }
    try {
      HttpRequest.Builder put = HttpRequest.newBuilder(request.getUrl().toURI())
          .PUT(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)));
      for (Map.Entry<String, String> header : request.getAdditionalHeaders().entrySet()) {
        if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          put.header(header.getKey(), header.getValue());
        }
      }
      long start = System.currentTimeMillis();
      HttpResponse<byte[]> response = http.send(put.build(), HttpResponse.BodyHandlers.ofByteArray());
      List<NameValuePair> headers = new ArrayList<>();
      response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(new NameValuePair(name, value))));
      return new WebResponse(new WebResponseData(response.body(), response.statusCode(), "", headers), request,
          System.currentTimeMillis() - start);
    } catch (URISyntaxException e) {
      throw new IOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
