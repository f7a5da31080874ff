package dev.ossdirect.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole app in local mode, in process, on free ports, for tests. */
final class LocalApp implements AutoCloseable {

  /** The local cloud's settings for tests: free ports. */
  static final Map<String, String> ENV =
      Map.of("LOCALCLOUD_STS_PORT", "0", "LOCALCLOUD_OSS_PORT", "0", "LOCALCLOUD_IMM_PORT", "0");

  final Application application;

  private LocalApp(Application application) {
    this.application = application;
  }

  /** Starts local mode with data in {@code dataDir} and the extra {@code flags}. */
  static LocalApp start(Path dataDir, String... flags) {
    List<String> args = new ArrayList<>(List.of("--port=0", "--data-dir=" + dataDir));
    args.addAll(List.of(flags));
    return new LocalApp(Application.start(ServerSettings.read(ENV, args), ENV));
  }

  URI url(String path) {
    return application.url().resolve(path);
  }

  /** A new browser: an HTTP client with its own cookie jar, so its own session. */
  static HttpClient newBrowser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    application.close();
  }
}
