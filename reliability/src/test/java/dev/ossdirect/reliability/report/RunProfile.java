package dev.ossdirect.reliability.report;

/**
 * Which run this is: {@code fast}, in every build, or {@code stress} ({@code mvn -P stress verify}), which
 * repeats more, loads more and fuzzes longer. The build passes it as the system property
 * {@code reliability.run}.
 */
public enum RunProfile {
  FAST("mvn -B verify"),
  STRESS("mvn -B -P stress verify");

  private final String command;

  RunProfile(String command) {
    this.command = command;
  }

  /** The run in progress. */
  public static RunProfile current() {
    return named(System.getProperty("reliability.run", "fast"));
  }

  /** The run called {@code name}, {@code fast} or {@code stress}. */
  public static RunProfile named(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** {@code fast} in the fast run and {@code stress} in the stress run. */
  public static int choose(int fast, int stress) {
    return current() == STRESS ? stress : fast;
  }

  /** The command that starts this run. */
  public String command() {
    return command;
  }
}
