package dev.ossdirect.app;

import dev.ossdirect.localcloud.LocalCloudSettings;
import dev.ossdirect.server.ServerMain;
import dev.ossdirect.server.ServerSettings;

/**
 * {@code java -jar app/target/ossdirect.jar [--name=value ...]}: the app in one command. Local mode, with
 * the local cloud in process, unless cloud settings are given; then cloud mode, as the lean server jar
 * runs it.
 */
public final class AppMain {

  private AppMain() {}

  public static void main(String[] args) throws InterruptedException {
    ServerMain.serve(args, "Usage: java -jar ossdirect.jar [--name=value ...]\n"
        + "Runs the app: local mode, with the local cloud in this process, unless cloud mode is configured.\n"
        + "The server's settings, each a flag or an environment variable (flags win):\n"
        + ServerSettings.help()
        + "In local mode, the local cloud's own settings, from environment variables only (its data folder,\n"
        + "allowed origins and largest object come from the server's settings):\n"
        + LocalCloudSettings.TABLE.help(), settings -> LocalMode.start(settings, System.getenv()));
  }
}
