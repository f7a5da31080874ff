package dev.ossdirect.client.browser;

import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.async.Scheduler;
import elemental2.dom.DomGlobal;

/** {@code setTimeout} and {@code clearTimeout}. */
public final class BrowserScheduler implements Scheduler {

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    double id = DomGlobal.setTimeout(arguments -> task.run(), delayMillis);
    return () -> DomGlobal.clearTimeout(id);
  }
}
