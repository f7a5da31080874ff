package dev.ossdirect.server;

/** A setting that is missing, half-filled or invalid; the message names the variable and what is wrong. */
public final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
