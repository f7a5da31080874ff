package dev.ossdirect.signing.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One {@code vectors/<scheme>/<name>.json} file on the test classpath. */
final class VectorFile {

  static final List<String> SCHEMES =
      List.of("rpc-v1", "acs3", "oss-v1", "oss-v4", "oss-post-v1", "oss-post-v4");
  private static final ObjectMapper JSON = new ObjectMapper();

  final String scheme;
  final Path path;

  private VectorFile(String scheme, Path path) {
    this.scheme = scheme;
    this.path = path;
  }

  /** Every vector file, scheme by scheme, in name order. */
  static List<VectorFile> all() {
    URL root = VectorFile.class.getClassLoader().getResource("vectors");
    if (root == null) {
      throw new IllegalStateException("no vectors folder on the test classpath");
    }
    List<VectorFile> files = new ArrayList<>();
    try {
      Path folder = Paths.get(root.toURI());
      for (String scheme : SCHEMES) {
        try (Stream<Path> paths = Files.list(folder.resolve(scheme))) {
          paths
              .filter(path -> path.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(path -> files.add(new VectorFile(scheme, path)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  /** The file name without {@code .json}, which names the test case. */
  String name() {
    String fileName = path.getFileName().toString();
    return fileName.substring(0, fileName.length() - ".json".length());
  }

  String text() {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SigningVector read() {
    try {
      JsonNode tree = JSON.readTree(text());
      return SigningVector.read(scheme, new JacksonJsonView(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code actual} holds every field the vector expects, with the expected value. */
  static void assertMatches(SigningVector vector, Map<String, ?> actual) {
    assertFalse(vector.expect().isEmpty(), "the vector expects nothing");
    for (Map.Entry<String, Object> expected : vector.expect().entrySet()) {
      assertEquals(
          expected.getValue(), actual.get(expected.getKey()), "expect." + expected.getKey());
    }
  }
}
