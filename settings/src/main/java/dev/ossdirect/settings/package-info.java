/**
 * Settings declared once. A program lists its {@link dev.ossdirect.settings.Setting}s (flag, environment
 * variable, default, parser, meaning) in a {@link dev.ossdirect.settings.SettingsTable}, which reads them
 * from {@code --flags} and the environment, prints the program's {@code --help} and renders README's table.
 * A module of its own, with no dependency, so that the server and the local cloud share it without either
 * depending on the other, and without putting it into {@code shared}, which the browser compiles.
 */
package dev.ossdirect.settings;
