package dev.ossdirect.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings a program was given, as text, read into values on first use (and then kept). A setting
 * not given has its declared default, or, for one whose default the program works out, the program's.
 */
public final class SettingValues {

  private final Map<Setting<?>, String> given;
  private final Map<Setting<?>, Object> values = new ConcurrentHashMap<>();

  SettingValues(Map<Setting<?>, String> given) {
    this.given = Map.copyOf(given);
  }

  private SettingValues(Map<Setting<?>, String> given, Map<Setting<?>, Object> values) {
    this(given);
    this.values.putAll(values);
  }

  /** Whether {@code setting} was given, by flag or variable. */
  public boolean isGiven(Setting<?> setting) {
    return given.containsKey(setting) || values.containsKey(setting);
  }

  /**
   * The value of {@code setting}: as given, else its declared default ({@code null} for none). Throws
   * {@link SettingsException} for a value that is given but invalid.
   */
  public <T> T get(Setting<T> setting) {
    return orElse(setting, setting.defaultValue());
  }

  /** The value of {@code setting} as given, else {@code fallback}: the default the program works out. */
  @SuppressWarnings("unchecked")
  public <T> T orElse(Setting<T> setting, T fallback) {
    if (!isGiven(setting)) {
      return fallback;
    }
    return (T) values.computeIfAbsent(setting, s -> setting.parse(given.get(setting)));
  }

  /** These values, but {@code setting} given as {@code value}. */
  public <T> SettingValues with(Setting<T> setting, T value) {
    Map<Setting<?>, Object> changed = new HashMap<>(values);
    changed.put(setting, value);
    Map<Setting<?>, String> texts = new HashMap<>(given);
    texts.remove(setting);
    return new SettingValues(texts, changed);
  }
}
