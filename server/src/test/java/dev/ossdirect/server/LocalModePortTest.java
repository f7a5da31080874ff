package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local mode on "any free port" chooses the port before the local cloud starts, so a port taken in the
 * meantime must not stop the app.
 */
class LocalModePortTest {

  @TempDir Path dataDir;

  @Test
  void aPortTakenAfterItWasChosenIsSkippedAndThePageNamesTheNextOrigin() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerSocket spare = new ServerSocket(0)) {
      int free = spare.getLocalPort();
      spare.close();
      Deque<Integer> ports = new ArrayDeque<>(List.of(taken.getLocalPort(), free));
      LocalCloudStarter cloud = new LocalCloudStarter();
      try (Application app = Application.startLocal(settings(), cloud, System::currentTimeMillis,
          ports::removeFirst)) {
        assertEquals(free, app.url().getPort());
        assertEquals(free, app.settings().port());
        HttpClient browser = LocalApp.newBrowser();
        HttpRequest health = HttpRequest.newBuilder(app.url().resolve("/healthz")).build();
        assertEquals(200, browser.send(health, HttpResponse.BodyHandlers.discarding()).statusCode());
        // The local cloud's CORS rule names the origin the page is really served from.
        assertEquals(List.of("http://localhost:" + free, "http://127.0.0.1:" + free),
            cloud.cloud().config().allowedOrigins());
      }
    }
  }

  @Test
  void aPortNamedInTheSettingsIsNotReplacedWhenTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      ServerSettings settings = settings().withPort(taken.getLocalPort());
      assertThrows(JavalinBindException.class, () -> Application.startLocal(
          settings, new LocalCloudStarter(), System::currentTimeMillis, () -> {
            throw new AssertionError("a named port must not be replaced");
          }));
    }
  }

  private ServerSettings settings() {
    return ServerSettings.read(Map.of(), List.of("--port=0", "--host=127.0.0.1", "--data-dir=" + dataDir));
  }
}
