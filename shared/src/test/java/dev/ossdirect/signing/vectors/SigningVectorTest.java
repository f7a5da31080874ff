package dev.ossdirect.signing.vectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every vector file through the signing library on the JVM: one test case per file. */
class SigningVectorTest {

  @TestFactory
  Stream<DynamicTest> everyVectorFileMatches() {
    return VectorFile.all().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.scheme + "/" + file.name(),
                    file.path.toUri(),
                    () -> {
                      SigningVector vector = file.read();
                      VectorFile.assertMatches(vector, VectorComputation.compute(vector));
                    }));
  }

  @Test
  void everySchemeHasVectors() {
    List<VectorFile> files = VectorFile.all();
    for (String scheme : VectorFile.SCHEMES) {
      assertTrue(
          files.stream().anyMatch(file -> file.scheme.equals(scheme)), "no vectors for " + scheme);
    }
  }
}
