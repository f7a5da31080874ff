package dev.ossdirect.settings;

/**
 * A setting that is unknown, lacks its value or has an invalid one. The message names the environment
 * variable (and the flag where it helps) and what was expected, on one line.
 */
public final class SettingsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
