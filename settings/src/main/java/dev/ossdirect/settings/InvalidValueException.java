package dev.ossdirect.settings;

/**
 * A setting's text its {@link ValueParser} does not accept. It carries what was expected, for the
 * message that names the setting, and optionally why, for settings whose value must not be repeated.
 */
public final class InvalidValueException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String expected;

  /** The value is not {@code expected}, such as "a whole number from 1 to 10". */
  public InvalidValueException(String expected) {
    this(expected, null);
  }

  /** The value is not {@code expected}, because {@code reason}, which must not repeat the value. */
  public InvalidValueException(String expected, String reason) {
    super(reason);
    this.expected = expected;
  }

  public String expected() {
    return expected;
  }

  /** Why the value is wrong, or {@code null}. */
  public String reason() {
    return getMessage();
  }
}
