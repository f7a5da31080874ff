package dev.ossdirect.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The parsers more than one program uses. */
public final class ValueParsers {

  private ValueParsers() {}

  /** The text as given. */
  public static ValueParser<String> text() {
    return text -> text;
  }

  /** A folder or file, relative to the working directory unless absolute. */
  public static ValueParser<Path> path() {
    return Path::of;
  }

  /** A whole number from {@code min} to {@code max}. */
  public static ValueParser<Long> wholeNumber(long min, long max) {
    return text -> {
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InvalidValueException("a whole number from " + min + " to " + max);
    };
  }

  /** A whole number from {@code min} to {@code max}, both within {@code int}. */
  public static ValueParser<Integer> intNumber(int min, int max) {
    ValueParser<Long> number = wholeNumber(min, max);
    return text -> number.parse(text).intValue();
  }

  /** A TCP port, 0 for any free one. */
  public static ValueParser<Integer> port() {
    return intNumber(0, 65535);
  }

  /** A comma-separated list, each item trimmed. */
  public static ValueParser<List<String>> commaSeparated() {
    return text -> List.of(text.trim().split("\\s*,\\s*"));
  }

  /**
   * One of {@code choices}, by its name as {@code name} gives it, whatever its case; expected is the
   * names joined by "or".
   */
  public static <E> ValueParser<E> oneOf(List<E> choices, Function<E, String> name) {
    return text -> {
      for (E choice : choices) {
        if (name.apply(choice).equalsIgnoreCase(text)) {
          return choice;
        }
      }
      throw new InvalidValueException(String.join(" or ", choices.stream().map(name).toList()));
    };
  }
}
