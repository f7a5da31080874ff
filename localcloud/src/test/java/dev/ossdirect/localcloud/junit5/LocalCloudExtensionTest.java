package dev.ossdirect.localcloud.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ossdirect.localcloud.LocalCloud;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension run by a JUnit engine of its own, over test classes made for it (nested here, so that the
 * build's own test run leaves them out): what it starts, what it injects, and that it stops and cleans up
 * when the class is done.
 */
class LocalCloudExtensionTest {

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  @Test
  void startsOneCloudForAClassAndItsNestedClassesThenStopsItAndDeletesItsData() throws Exception {
    Annotated.seen.clear();
    EngineExecutionResults results = run(Annotated.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    List<LocalCloudConnection> seen = Annotated.seen;
    assertEquals(3, seen.size());
    assertEquals(Set.of(seen.get(0)), Set.copyOf(seen), "one cloud for the class, its tests and its nested class");
    LocalCloudConnection connection = seen.get(0);
    assertEquals(List.of("first-bucket", "second-bucket"), connection.buckets());
    assertEquals("first-bucket", connection.bucket());
    List<URI> endpoints = List.of(connection.stsEndpoint(), connection.ossEndpoint(), connection.immEndpoint());
    assertEquals(3, Set.copyOf(endpoints).size());
    for (URI endpoint : endpoints) {
      assertEquals("127.0.0.1", endpoint.getHost());
      assertNotEquals(0, endpoint.getPort());
      assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", endpoint.getPort()).close(),
          "stopped after the class: " + endpoint);
    }
    assertFalse(Files.exists(Annotated.dataDir), "the data folder is deleted");
    assertFalse(connection.toString().contains(connection.accessKeySecret()), connection.toString());
  }

  @Test
  void extendWithAloneStartsTheDefaultCloud() {
    run(Defaults.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertEquals(List.of("web-direct-upload"), Defaults.connection.buckets());
  }

  @Test
  void settingsItCannotReadFailTheClassBeforeAnyTestRunsAndSayWhy() {
    EngineExecutionResults results = run(MissingSettings.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    List<Throwable> failures = results.containerEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .toList();
    assertEquals(1, failures.size());
    assertEquals("Local cloud settings no-such-cloud.json are not on the classpath", failures.get(0).getMessage());
  }

  @Test
  void aRolePolicyTheCloudRefusesFailsTheClass() {
    EngineExecutionResults results = run(BadPolicy.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    results.containerEvents().assertStatistics(stats -> stats.failed(1));
  }

  @LocalCloudTest(buckets = {"first-bucket", "second-bucket"})
  static class Annotated {
    static final List<LocalCloudConnection> seen = new ArrayList<>();
    static Path dataDir;

    @Test
    void first(LocalCloudConnection connection, LocalCloud cloud) {
      assertEquals(connection.ossEndpoint(), cloud.ossEndpoint());
      dataDir = cloud.config().dataDir();
      assertTrue(Files.isDirectory(dataDir));
      seen.add(connection);
    }

    @Test
    void second(LocalCloudConnection connection) {
      seen.add(connection);
    }

    @Nested
    class Inner {
      @Test
      void nested(LocalCloudConnection connection) {
        seen.add(connection);
      }
    }
  }

  @ExtendWith(LocalCloudExtension.class)
  static class Defaults {
    static LocalCloudConnection connection;

    @Test
    void test(LocalCloudConnection injected) {
      connection = injected;
    }
  }

  @LocalCloudTest(settings = "no-such-cloud.json")
  static class MissingSettings {
    @Test
    void test(LocalCloudConnection connection) {}
  }

  @LocalCloudTest(rolePolicy = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:*\"}]}")
  static class BadPolicy {
    @Test
    void test(LocalCloudConnection connection) {}
  }
}
