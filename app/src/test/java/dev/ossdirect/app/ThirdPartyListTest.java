package dev.ossdirect.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed THIRD-PARTY.txt is the list this build puts into the all-in-one jar, which bundles
 * everything the other two jars do: it names the libraries of the dependencies this build resolved, at
 * their versions, with their licenses. A dependency added, removed or upgraded without the list follows
 * fails here with the lines that differ.
 */
class ThirdPartyListTest {

  private static final Path COMMITTED = Path.of("..", "THIRD-PARTY.txt");
  private static final Path GENERATED = Path.of("target", "generated-resources", "licenses", "META-INF",
      "THIRD-PARTY.txt");
  private static final String UPDATE = "update it with: mvn -B -pl app -am package -DskipTests && "
      + "cp app/target/generated-resources/licenses/META-INF/THIRD-PARTY.txt THIRD-PARTY.txt";

  @Test
  void theCommittedListIsTheOneThisBuildGenerates() throws IOException {
    List<String> committed = Files.readAllLines(COMMITTED);
    List<String> generated = Files.readAllLines(GENERATED);
    List<String> missing = new ArrayList<>(generated);
    missing.removeAll(committed);
    List<String> stale = new ArrayList<>(committed);
    stale.removeAll(generated);
    assertTrue(missing.isEmpty() && stale.isEmpty(), "THIRD-PARTY.txt is out of date; " + UPDATE
        + "\nmissing:\n" + String.join("\n", missing) + "\nno longer true:\n" + String.join("\n", stale));
    assertEquals(generated, committed, "THIRD-PARTY.txt is out of order; " + UPDATE);
  }

  @Test
  void everyLibraryHasAKnownLicense() throws IOException {
    List<String> libraries = Files.readAllLines(COMMITTED).stream().filter(line -> line.startsWith("  (")).toList();
    assertTrue(libraries.size() > 50, "only " + libraries.size() + " libraries listed");
    for (String library : libraries) {
      assertFalse(library.contains("(Unknown"), library);
      assertTrue(library.matches("  \\(.+\\) .+ \\([^:() ]+:[^:() ]+:[^:() ]+ - .+\\)"), library);
    }
  }

  @Test
  void namesTheDataFilesWhoseLicenseDiffersFromTheirLibrarys() throws IOException {
    String list = Files.readString(COMMITTED);
    assertTrue(list.contains("haarcascade_frontalface_default.xml"), list);
    assertTrue(list.contains("Intel License Agreement"), list);
  }

  @Test
  void leavesOurOwnModulesOut() throws IOException {
    assertFalse(Files.readString(COMMITTED).contains("dev.ossdirect:"));
  }
}
