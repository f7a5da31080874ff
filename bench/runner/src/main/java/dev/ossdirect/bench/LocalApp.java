package dev.ossdirect.bench;

import dev.ossdirect.app.LocalMode;
import dev.ossdirect.server.Application;
import dev.ossdirect.server.ServerSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole app in local mode, in this JVM, on free ports: what the server and browser benchmarks run against. */
public final class LocalApp implements AutoCloseable {

  private static final Map<String, String> ENV =
      Map.of("LOCALCLOUD_STS_PORT", "0", "LOCALCLOUD_OSS_PORT", "0", "LOCALCLOUD_IMM_PORT", "0");

  private final Application application;

  private LocalApp(Application application) {
    this.application = application;
  }

  /** Starts local mode with data in {@code dataDir}, the token rate limit lifted, and the extra {@code flags}. */
  public static LocalApp start(Path dataDir, String... flags) {
    List<String> args = new ArrayList<>(List.of("--port=0", "--data-dir=" + dataDir, "--rate-limit=0"));
    args.addAll(List.of(flags));
    return new LocalApp(LocalMode.start(ServerSettings.read(ENV, args), ENV));
  }

  public Application application() {
    return application;
  }

  public URI url(String path) {
    return application.url().resolve(path);
  }

  @Override
  public void close() {
    application.close();
  }
}
