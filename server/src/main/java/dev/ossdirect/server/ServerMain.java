package dev.ossdirect.server;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar server/target/ossdirect-server.jar [--name=value ...]}: starts the app (local mode
 * unless cloud settings are given; see {@link ServerSettings}), prints how to reach it, and serves until
 * SIGTERM or Ctrl-C, then shuts down gracefully.
 */
public final class ServerMain {

  private ServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    Application application;
    try {
      ServerSettings settings = ServerSettings.read(System.getenv(), List.of(args));
      application = Application.start(settings, System.getenv());
    } catch (ConfigurationException e) {
      System.err.println("ossdirect: " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      application.close();
      stopped.countDown();
    }, "ossdirect-shutdown"));
    System.out.print(application.describe());
    System.out.flush();
    stopped.await();
  }
}
