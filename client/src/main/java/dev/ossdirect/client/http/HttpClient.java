package dev.ossdirect.client.http;

import dev.ossdirect.client.async.Cancellable;

/** Sends requests: {@code XMLHttpRequest} in the browser, a scripted fake in tests. */
@FunctionalInterface
public interface HttpClient {

  /**
   * Sends {@code request}; {@code listener} hears its progress and its end. Never calls back before it
   * returns. Cancelling the handle aborts the request; the listener then hears nothing more.
   */
  Cancellable send(HttpRequest request, HttpListener listener);
}
