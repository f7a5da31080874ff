package dev.ossdirect.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A program's settings, each read from {@code --name=value} (or {@code --name value}) and from its
 * environment variable; flags win, and a variable set to blanks counts as not set. Every variable with the
 * program's prefix must be one of its settings, so that a misspelt one is reported rather than ignored.
 */
public final class SettingsTable {

  private final String variablePrefix;
  private final List<Setting<?>> settings;

  /** The settings, in the order help and README list them; their variables start with {@code variablePrefix}. */
  public SettingsTable(String variablePrefix, List<Setting<?>> settings) {
    this.variablePrefix = variablePrefix;
    this.settings = List.copyOf(settings);
    for (Setting<?> setting : settings) {
      if (!setting.variable().equals(variableOf(setting.flag()))) {
        throw new IllegalArgumentException(setting.variable() + " is not the variable of " + setting);
      }
    }
  }

  public List<Setting<?>> settings() {
    return settings;
  }

  /** Whether {@code args} ask for help rather than a run. */
  public static boolean asksForHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /**
   * The settings given in {@code env} and {@code args}. Throws {@link SettingsException} for an argument
   * that is no setting, a flag without its value, or a variable or flag the program does not know. Values
   * are checked when the program reads them ({@link SettingValues#get}).
   */
  public SettingValues read(Map<String, String> env, List<String> args) {
    Map<Setting<?>, String> given = new LinkedHashMap<>();
    for (Setting<?> setting : settings) {
      for (String variable : setting.variables()) {
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
          given.put(setting, value.trim());
          break;
        }
      }
    }
    for (String variable : env.keySet()) {
      if (variable.startsWith(variablePrefix) && !env.get(variable).isBlank()
          && settings.stream().noneMatch(setting -> setting.variable().equals(variable))) {
        throw unknown(flagOf(variable));
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new SettingsException("Unexpected argument \"" + arg + "\"; settings are --name=value.");
      }
      int equals = arg.indexOf('=');
      String flag;
      String value;
      if (equals > 0) {
        flag = arg.substring(2, equals);
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        flag = arg.substring(2);
        value = args.get(++i);
      } else {
        throw new SettingsException("Flag " + arg + " needs a value.");
      }
      given.put(byFlag(flag), value);
    }
    return new SettingValues(given);
  }

  private Setting<?> byFlag(String flag) {
    for (Setting<?> setting : settings) {
      if (setting.flag().equals(flag)) {
        return setting;
      }
    }
    throw unknown(flag);
  }

  private SettingsException unknown(String flag) {
    return new SettingsException("Unknown setting " + variableOf(flag) + " (--" + flag + ").");
  }

  /** The variable of {@code flag}: the prefix, then the flag in capitals with underscores for hyphens. */
  public String variableOf(String flag) {
    return variablePrefix + flag.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private String flagOf(String variable) {
    return variable.substring(variablePrefix.length()).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The settings for {@code --help}: each flag and variable, its default and its meaning, as plain text. */
  public String help() {
    StringBuilder text = new StringBuilder();
    for (Setting<?> setting : settings) {
      text.append("  --").append(setting.flag()).append(", ").append(String.join(" or ", setting.variables()));
      if (!setting.defaultText().isEmpty()) {
        text.append("  (default: ").append(plain(setting.defaultText())).append(')');
      }
      text.append('\n');
      if (!setting.meaning().isEmpty()) {
        text.append("      ").append(plain(setting.meaning())).append('\n');
      }
    }
    return text.toString();
  }

  /** README's table of these settings, in Markdown: flag, environment variable, default, meaning. */
  public String markdown() {
    StringBuilder table = new StringBuilder(row(List.of("flag", "environment variable", "default", "meaning")))
        .append("|---|---|---|---|\n");
    for (Setting<?> setting : settings) {
      table.append(row(List.of("`--" + setting.flag() + "`",
          setting.variables().stream().map(variable -> "`" + variable + "`").collect(Collectors.joining(", or ")),
          setting.defaultText(),
          setting.meaning())));
    }
    return table.toString();
  }

  private static String row(List<String> cells) {
    return cells.stream().map(cell -> cell.isEmpty() ? " " : " " + cell + " ").collect(Collectors.joining("|", "|", "|\n"));
  }

  /** {@code markdown} without its code marks. */
  private static String plain(String markdown) {
    return markdown.replace("`", "");
  }
}
