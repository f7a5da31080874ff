package dev.ossdirect.app;

import dev.ossdirect.server.ServerMain;

/**
 * {@code java -jar app/target/ossdirect.jar [--name=value ...]}: the app in one command. Local mode, with
 * the local cloud in process, unless cloud settings are given; then cloud mode, as the lean server jar
 * runs it.
 */
public final class AppMain {

  private AppMain() {}

  public static void main(String[] args) throws InterruptedException {
    ServerMain.serve(args, settings -> LocalMode.start(settings, System.getenv()));
  }
}
