package dev.ossdirect.server;

import dev.ossdirect.localcloud.LocalCloud;
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
public final class LocalApp implements AutoCloseable {

  public final Application application;
  private final LocalCloud cloud;

  private LocalApp(Application application, LocalCloud cloud) {
    this.application = application;
    this.cloud = cloud;
  }

  /** Starts local mode with data in {@code dataDir} and the extra {@code flags}. */
  public static LocalApp start(Path dataDir, String... flags) {
    List<String> args = new ArrayList<>(List.of("--port=0", "--data-dir=" + dataDir));
    args.addAll(List.of(flags));
    LocalCloudStarter cloud = new LocalCloudStarter();
    Application application =
        Application.startLocal(ServerSettings.read(Map.of(), args), cloud, System::currentTimeMillis);
    return new LocalApp(application, cloud.cloud());
  }

  /** The local cloud the app runs against. */
  public LocalCloud localCloud() {
    return cloud;
  }

  public URI url(String path) {
    return application.url().resolve(path);
  }

  /** A new browser: an HTTP client with its own cookie jar, so its own session. */
  public static HttpClient newBrowser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  public HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    application.close();
  }
}
