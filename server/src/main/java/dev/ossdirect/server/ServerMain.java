package dev.ossdirect.server;

import dev.ossdirect.settings.SettingsTable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code java -jar server/target/ossdirect-server.jar [--name=value ...]}: starts the server in cloud
 * mode (see {@link ServerSettings}), prints how to reach it, and serves until SIGTERM or Ctrl-C, then
 * shuts down gracefully. Without cloud settings it stops with a message: local mode is the all-in-one
 * launcher's.
 */
public final class ServerMain {

  private ServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    serve(args, "Usage: java -jar ossdirect-server.jar [--name=value ...]\n"
        + "Runs the server in cloud mode; every setting is a flag or an environment variable (flags win):\n"
        + ServerSettings.help(), Application::startCloud);
  }

  /**
   * Reads the settings from the environment and {@code args}, starts the app with {@code start}, and
   * serves until the JVM is asked to stop. A setting that is missing or invalid ends the process with
   * status 2 and one line that names it; {@code --help} prints {@code help} instead.
   */
  public static void serve(String[] args, String help, Function<ServerSettings, Application> start)
      throws InterruptedException {
    if (SettingsTable.asksForHelp(List.of(args))) {
      System.out.print(help);
      return;
    }
    Application application;
    try {
      application = start.apply(ServerSettings.read(System.getenv(), List.of(args)));
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
