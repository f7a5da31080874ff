package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jars that other projects depend on, as the {@code package} phase left them (this test runs in the
 * {@code integration-test} phase): the library's jar names its Java module, and the sources and Javadoc
 * jars that Maven Central requires beside it hold every source file and a page for every public class.
 * What the POM must hold for Maven Central is the enforcer's to check, before anything is built.
 */
class LibraryJarsTest {

  private static final String MODULE_NAME = "dev.ossdirect.signing";

  private static Path path(String property) {
    String value = System.getProperty(property);
    assertNotNull(value, "system property " + property + " is set by the POM");
    Path path = Path.of(value);
    assertTrue(Files.isRegularFile(path), path + " was built");
    return path;
  }

  @Test
  void theJarIsAnAutomaticModuleOfItsOwnName() {
    Path jar = path("library.jar");
    Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
    assertEquals(1, modules.size());
    ModuleDescriptor module = modules.iterator().next().descriptor();
    assertEquals(MODULE_NAME, module.name());
    assertTrue(module.isAutomatic());
    assertTrue(module.packages().contains("dev.ossdirect.signing.oss"), module.packages().toString());
  }

  @Test
  void theSourcesJarHoldsEverySourceFile() throws IOException {
    Path sources = Path.of(System.getProperty("library.sources.dir", "src/main/java"));
    Set<String> expected;
    try (Stream<Path> files = Files.walk(sources)) {
      expected = files.filter(file -> file.toString().endsWith(".java"))
          .map(file -> sources.relativize(file).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertTrue(expected.size() > 1);
    assertEquals(expected, entries(path("library.sources.jar"), ".java"));
  }

  @Test
  void theJavadocJarHasAPageForEveryPublicClass() throws IOException {
    Set<String> pages = entries(path("library.javadoc.jar"), ".html");
    assertTrue(pages.contains("index.html"), "index.html");
    for (Class<?> type : List.of(SignableRequest.class, Credentials.class, Clock.class,
        OssSignatureV4.class, Acs3Signature.class)) {
      String page = type.getName().replace('.', '/') + ".html";
      assertTrue(pages.contains(page), page);
    }
  }

  private static Set<String> entries(Path jar, String suffix) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream()
          .map(JarEntry::getName)
          .filter(name -> name.endsWith(suffix))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
