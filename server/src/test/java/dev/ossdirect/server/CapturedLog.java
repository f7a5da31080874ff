package dev.ossdirect.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every line any logger writes from its start until it is closed, for tests. */
final class CapturedLog implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  CapturedLog() {
    appender.start();
    root.addAppender(appender);
  }

  /** The lines so far, formatted. */
  List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** The lines so far at WARN or above. */
  List<String> warnings() {
    return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** How many lines so far contain {@code text}. */
  long count(String text) {
    return lines().stream().filter(line -> line.contains(text)).count();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
  }
}
