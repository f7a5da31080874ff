package dev.ossdirect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ossdirect.localcloud.LocalCloudSettings;
import dev.ossdirect.server.ServerSettings;
import dev.ossdirect.settings.Setting;
import dev.ossdirect.settings.SettingsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's settings tables are what the programs declare: row by row, the flag, the environment
 * variables, the default and the meaning. Regenerate a table with {@link SettingsTable#markdown()}.
 */
class ReadmeSettingsTablesTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void theServersTableIsItsDeclarations() throws IOException {
    assertTableMatches("## Configuring the server", ServerSettings.table());
  }

  @Test
  void theLocalCloudsTableIsItsDeclarations() throws IOException {
    assertTableMatches("## The local cloud on its own", LocalCloudSettings.TABLE);
  }

  private static void assertTableMatches(String heading, SettingsTable table) throws IOException {
    List<List<String>> rows = rowsUnder(heading);
    assertFalse(rows.isEmpty(), "README has no settings table under " + heading);
    List<String> flags = rows.stream().map(row -> row.get(0)).toList();
    assertEquals(table.settings().stream().map(setting -> "`--" + setting.flag() + "`").toList(), flags,
        "the flags under " + heading);
    for (int i = 0; i < rows.size(); i++) {
      Setting<?> setting = table.settings().get(i);
      List<String> row = rows.get(i);
      assertEquals(
          String.join(", or ", setting.variables().stream().map(variable -> "`" + variable + "`").toList()),
          row.get(1), "the variables of " + setting);
      assertEquals(setting.defaultText(), row.get(2), "the default of " + setting);
      assertEquals(setting.meaning(), row.get(3), "the meaning of " + setting);
    }
  }

  /** The cells of the table rows that name a flag, in the section that starts at {@code heading}. */
  private static List<List<String>> rowsUnder(String heading) throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(heading);
    List<List<String>> rows = new ArrayList<>();
    for (int i = start + 1; start >= 0 && i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i);
      if (line.startsWith("| `--")) {
        rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::trim).toList());
      }
    }
    return rows;
  }
}
