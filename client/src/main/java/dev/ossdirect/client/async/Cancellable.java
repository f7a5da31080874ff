package dev.ossdirect.client.async;

/** Something started that can be stopped: a timer, a request in flight, a place in a queue. */
@FunctionalInterface
public interface Cancellable {

  /** Stops it; nothing it would have called back is called after this. Calling it again does nothing. */
  void cancel();
}
