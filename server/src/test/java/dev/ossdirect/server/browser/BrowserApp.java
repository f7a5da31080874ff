package dev.ossdirect.server.browser;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.oss.StoredObject;
import dev.ossdirect.server.Application;
import dev.ossdirect.server.Deployment;
import dev.ossdirect.server.LocalCloudStarter;
import dev.ossdirect.server.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The whole app in local mode, in process, for browser tests: free ports, the test's data folder, a local
 * cloud whose clock the test can move, and the log lines of the server and the local cloud.
 */
public final class BrowserApp implements AutoCloseable {

  private final Application application;
  private final LocalCloud cloud;
  private final Path dataDir;
  private final AtomicLong clockOffsetMillis;
  private final ListAppender<ILoggingEvent> log;

  private BrowserApp(Application application, LocalCloud cloud, Path dataDir, AtomicLong clockOffsetMillis,
      ListAppender<ILoggingEvent> log) {
    this.application = application;
    this.cloud = cloud;
    this.dataDir = dataDir;
    this.clockOffsetMillis = clockOffsetMillis;
    this.log = log;
  }

  /**
   * Starts the app with its data in {@code dataDir} and the extra settings {@code flags}, its log lines
   * recorded from the first, start-up included.
   */
  public static BrowserApp start(Path dataDir, String... flags) {
    List<String> args = new ArrayList<>(List.of("--port=0", "--data-dir=" + dataDir));
    args.addAll(List.of(flags));
    AtomicLong offset = new AtomicLong();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    rootLogger().addAppender(log);
    try {
      LocalCloudStarter cloud = new LocalCloudStarter();
      Application application = Application.startLocal(
          ServerSettings.read(Map.of(), args), cloud, () -> System.currentTimeMillis() + offset.get());
      return new BrowserApp(application, cloud.cloud(), dataDir, offset, log);
    } catch (RuntimeException e) {
      rootLogger().detachAppender(log);
      throw e;
    }
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** The page's URL. */
  public URI url() {
    return application.url();
  }

  public Deployment deployment() {
    return application.deployment();
  }

  public LocalCloud cloud() {
    return cloud;
  }

  /** Moves the local cloud's clock (and so every token's age) forward by {@code duration}. */
  void moveCloudClock(Duration duration) {
    clockOffsetMillis.addAndGet(duration.toMillis());
  }

  /** How many times the server answered {@code GET /api/sts-token}. */
  long tokenRequests() {
    return logLines("path=/api/sts-token ");
  }

  /**
   * Every line the server and the local cloud logged so far, each with the message of its exception, if
   * any.
   */
  public List<String> logLines() {
    List<String> lines = new ArrayList<>();
    synchronized (log.list) {
      for (ILoggingEvent event : log.list) {
        lines.add(event.getFormattedMessage()
            + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()));
      }
    }
    return lines;
  }

  /** How many lines the server and the local cloud logged with {@code text} in them. */
  long logLines(String text) {
    return log.list.stream().filter(event -> event.getFormattedMessage().contains(text)).count();
  }

  /** The bytes of object {@code key} in the bucket, if it exists. */
  Optional<byte[]> storedObject(String key) {
    try {
      Optional<StoredObject> object = cloud().objectStore().open(deployment().bucket(), key);
      if (object.isEmpty()) {
        return Optional.empty();
      }
      try (StoredObject stored = object.get(); InputStream content = stored.content()) {
        return Optional.of(content.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The objects the bucket holds, as the local OSS's files (one per object). */
  List<Path> storedObjectFiles() {
    return list(bucketDir().resolve("objects"));
  }

  /** The multipart uploads started and neither completed nor aborted, as the local OSS's folders. */
  List<Path> unfinishedMultipartUploads() {
    return list(bucketDir().resolve("uploads"));
  }

  private Path bucketDir() {
    return dataDir.resolve("oss").resolve("buckets").resolve(deployment().bucket());
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    rootLogger().detachAppender(log);
    application.close();
  }
}
