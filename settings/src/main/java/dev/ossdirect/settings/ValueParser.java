package dev.ossdirect.settings;

/** Reads a setting's text into its value. */
@FunctionalInterface
public interface ValueParser<T> {

  /** The value of {@code text} (trimmed, never empty); {@link InvalidValueException} if it is none. */
  T parse(String text) throws InvalidValueException;
}
