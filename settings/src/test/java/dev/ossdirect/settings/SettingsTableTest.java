package dev.ossdirect.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTableTest {

  private static final Setting<Integer> PORT = Setting.of("port", "APP_PORT", ValueParsers.port()).orFrom("PORT")
      .byDefault(8080)
      .means("the `HTTP` port");
  private static final Setting<Long> SIZE = Setting.of("max-size", "APP_MAX_SIZE", ValueParsers.wholeNumber(1, 10))
      .documentedDefault("worked out");
  private static final Setting<String> KEY = Setting.of("key", "APP_KEY", text -> {
    if (text.length() < 4) {
      throw new InvalidValueException("at least 4 characters", text.length() + " characters");
    }
    return text;
  }).secret();
  private static final SettingsTable TABLE = new SettingsTable("APP_", List.of(PORT, SIZE, KEY));

  private static String failure(Map<String, String> env, String... args) {
    return assertThrows(SettingsException.class, () -> {
      SettingValues values = TABLE.read(env, List.of(args));
      TABLE.settings().forEach(values::get);
    }).getMessage();
  }

  @Test
  void aSettingNotGivenHasItsDefaultOrNone() {
    SettingValues values = TABLE.read(Map.of(), List.of());
    assertEquals(8080, values.get(PORT));
    assertFalse(values.isGiven(PORT));
    assertNull(values.get(SIZE));
    assertEquals(7L, values.orElse(SIZE, 7L));
  }

  @Test
  void flagsWinOverTheVariableWhichWinsOverItsOlderName() {
    assertEquals(1, TABLE.read(Map.of("PORT", "1"), List.of()).get(PORT));
    assertEquals(2, TABLE.read(Map.of("PORT", "1", "APP_PORT", "2"), List.of()).get(PORT));
    assertEquals(3, TABLE.read(Map.of("APP_PORT", "2"), List.of("--port=3")).get(PORT));
    assertEquals(4, TABLE.read(Map.of(), List.of("--port", "4")).get(PORT));
    assertEquals(5, TABLE.read(Map.of("APP_PORT", " 5 "), List.of()).get(PORT), "variables are trimmed");
  }

  @Test
  void aBlankVariableCountsAsNotSet() {
    SettingValues values = TABLE.read(Map.of("APP_PORT", "  ", "APP_COLOUR", ""), List.of());
    assertFalse(values.isGiven(PORT));
    assertEquals(8080, values.get(PORT));
  }

  @Test
  void numbersAreCheckedAtBothEndsOfTheirRange() {
    assertEquals(1L, TABLE.read(Map.of(), List.of("--max-size=1")).get(SIZE));
    assertEquals(10L, TABLE.read(Map.of(), List.of("--max-size=10")).get(SIZE));
    assertEquals("APP_MAX_SIZE is invalid: \"0\"; expected a whole number from 1 to 10.", failure(Map.of(), "--max-size=0"));
    assertEquals("APP_MAX_SIZE is invalid: \"11\"; expected a whole number from 1 to 10.", failure(Map.of(), "--max-size=11"));
    assertEquals("APP_PORT is invalid: \"\"; expected a whole number from 0 to 65535.", failure(Map.of(), "--port="));
    assertEquals("APP_PORT is invalid: \"65536\"; expected a whole number from 0 to 65535.",
        failure(Map.of("PORT", "65536")));
  }

  @Test
  void aSecretIsNeverRepeated() {
    String message = failure(Map.of("APP_KEY", "abc"));
    assertEquals("APP_KEY is invalid (3 characters); expected at least 4 characters.", message);
    assertEquals("abcd", TABLE.read(Map.of(), List.of("--key=abcd")).get(KEY));
  }

  @Test
  void unknownSettingsAndMalformedArgumentsAreNamed() {
    assertEquals("Unknown setting APP_COLOUR (--colour).", failure(Map.of("APP_COLOUR", "blue")));
    assertEquals("Unknown setting APP_COLOUR (--colour).", failure(Map.of(), "--colour=blue"));
    assertEquals("Flag --port needs a value.", failure(Map.of(), "--port"));
    assertEquals("Unexpected argument \"port=1\"; settings are --name=value.", failure(Map.of(), "port=1"));
    assertEquals(1, TABLE.read(Map.of("OTHER_COLOUR", "blue"), List.of("--port=1")).get(PORT),
        "another program's variables are not this one's business");
  }

  @Test
  void aChangedValueKeepsEveryOtherOne() {
    SettingValues values = TABLE.read(Map.of(), List.of("--max-size=3", "--port=1"));
    SettingValues changed = values.with(PORT, 2);
    assertEquals(2, changed.get(PORT));
    assertEquals(3L, changed.get(SIZE));
    assertEquals(1, values.get(PORT));
  }

  @Test
  void helpAndReadmeComeFromTheDeclarations() {
    assertEquals("  --port, APP_PORT or PORT  (default: 8080)\n      the HTTP port\n"
        + "  --max-size, APP_MAX_SIZE  (default: worked out)\n"
        + "  --key, APP_KEY\n", TABLE.help());
    assertEquals("| flag | environment variable | default | meaning |\n|---|---|---|---|\n"
        + "| `--port` | `APP_PORT`, or `PORT` | 8080 | the `HTTP` port |\n"
        + "| `--max-size` | `APP_MAX_SIZE` | worked out | |\n"
        + "| `--key` | `APP_KEY` | | |\n", TABLE.markdown());
  }

  @Test
  void aVariableMustBeItsFlagsName() {
    assertThrows(IllegalArgumentException.class,
        () -> new SettingsTable("APP_", List.of(Setting.of("port", "APP_HTTP_PORT", ValueParsers.port()))));
  }

  @Test
  void helpIsAskedForByEitherSpelling() {
    assertTrue(SettingsTable.asksForHelp(List.of("--port=1", "--help")));
    assertTrue(SettingsTable.asksForHelp(List.of("-h")));
    assertFalse(SettingsTable.asksForHelp(List.of("--port=1")));
  }
}
