package dev.ossdirect.localcloud;

import dev.ossdirect.settings.SettingsTable;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local cloud on its own: {@code java -jar localcloud.jar [--name=value ...]}. See
 * {@link LocalCloudConfig} for the settings. It prints what a client needs to connect, then serves until
 * it is stopped (Ctrl-C or SIGTERM).
 */
public final class LocalCloudMain {

  private LocalCloudMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (SettingsTable.asksForHelp(List.of(args))) {
      System.out.print("Usage: java -jar ossdirect-localcloud.jar [--name=value ...]\n"
          + "Runs STS, OSS and IMM on this machine; every setting is a flag or an environment variable (flags win):\n"
          + LocalCloudSettings.TABLE.help());
      return;
    }
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "localcloud-logback.xml");
    }
    LocalCloudConfig config;
    try {
      config = LocalCloudConfig.fromEnvironment(System.getenv(), List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("localcloud: " + e.getMessage());
      System.exit(2);
      return;
    }
    LocalCloud cloud = LocalCloud.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cloud.close();
      stopped.countDown();
    }, "localcloud-shutdown"));
    System.out.print(cloud.describe());
    System.out.flush();
    stopped.await();
  }
}
