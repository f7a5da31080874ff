package dev.ossdirect.localcloud.junit5;

import dev.ossdirect.localcloud.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A local cloud started for a test class, with the temporary data folder it alone uses: closing it stops
 * the services, then deletes the folder and the objects in it.
 */
record RunningLocalCloud(LocalCloud cloud, LocalCloudConnection connection, Path dataDir)
    implements AutoCloseable {

  /** Starts a local cloud with {@code settings}, its data in the new, empty folder {@code dataDir}. */
  static RunningLocalCloud start(LocalCloudSettings settings, Path dataDir) {
    LocalCloud cloud;
    try {
      cloud = LocalCloud.start(settings.toConfig(dataDir));
    } catch (RuntimeException e) {
      delete(dataDir);
      throw e;
    }
    return new RunningLocalCloud(cloud, LocalCloudConnection.to(cloud), dataDir);
  }

  @Override
  public void close() {
    cloud.close();
    delete(dataDir);
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the local cloud's data folder " + folder, e);
    }
  }
}
