package dev.ossdirect.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One setting of a program, declared once: its flag ({@code --name}), its environment variable (and any
 * older one it still reads, with less weight), its default, how its text is read, and what it means. The
 * program's parsing, its {@code --help} and README's table of its settings all come from these.
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 */
public final class Setting<T> {

  private final String flag;
  private final List<String> variables;
  private final ValueParser<T> parser;
  private final T defaultValue;
  private final String defaultText;
  private final String meaning;
  private final boolean secret;

  private Setting(String flag, List<String> variables, ValueParser<T> parser, T defaultValue, String defaultText,
      String meaning, boolean secret) {
    this.flag = flag;
    this.variables = List.copyOf(variables);
    this.parser = parser;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText;
    this.meaning = meaning;
    this.secret = secret;
  }

  /** The setting {@code --flag}, also read from the environment variable {@code variable}, with no default. */
  public static <T> Setting<T> of(String flag, String variable, ValueParser<T> parser) {
    return new Setting<>(flag, List.of(variable), parser, null, "", "", false);
  }

  /** Also read from {@code variable}, which its own variable and its flag win over. */
  public Setting<T> orFrom(String variable) {
    List<String> all = new ArrayList<>(variables);
    all.add(variable);
    return new Setting<>(flag, all, parser, defaultValue, defaultText, meaning, secret);
  }

  /** {@code value} when not given, documented as {@code text} (Markdown: code in backticks). */
  public Setting<T> byDefault(T value, String text) {
    return new Setting<>(flag, variables, parser, Objects.requireNonNull(value), text, meaning, secret);
  }

  /** {@code value} when not given, documented as itself. */
  public Setting<T> byDefault(T value) {
    return byDefault(value, String.valueOf(value));
  }

  /**
   * A default the program works out when the setting is not given (from other settings, or at start),
   * documented as {@code text}.
   */
  public Setting<T> documentedDefault(String text) {
    return new Setting<>(flag, variables, parser, null, text, meaning, secret);
  }

  /** What the setting does, for {@code --help} and README (Markdown). */
  public Setting<T> means(String text) {
    return new Setting<>(flag, variables, parser, defaultValue, defaultText, text, secret);
  }

  /** Its value is never repeated in a message. */
  public Setting<T> secret() {
    return new Setting<>(flag, variables, parser, defaultValue, defaultText, meaning, true);
  }

  /** The flag's name, without its dashes. */
  public String flag() {
    return flag;
  }

  /** Its environment variable. */
  public String variable() {
    return variables.get(0);
  }

  /** Every variable it is read from, the weightiest first. */
  public List<String> variables() {
    return variables;
  }

  /** The value when not given, or {@code null} when the program works it out. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The default as documented (Markdown), empty for none. */
  public String defaultText() {
    return defaultText;
  }

  public String meaning() {
    return meaning;
  }

  /**
   * The value of {@code text}. Throws {@link SettingsException} naming the variable and what was expected;
   * the message repeats the text unless the setting is secret.
   */
  public T parse(String text) {
    try {
      return parser.parse(text);
    } catch (InvalidValueException e) {
      String why = secret
          ? (e.reason() == null ? "" : " (" + e.reason() + ")")
          : ": \"" + text + "\"";
      throw new SettingsException(variable() + " is invalid" + why + "; expected " + e.expected() + ".");
    }
  }

  @Override
  public String toString() {
    return "--" + flag;
  }
}
