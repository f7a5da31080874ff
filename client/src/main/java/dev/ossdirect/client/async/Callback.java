package dev.ossdirect.client.async;

import dev.ossdirect.client.failure.Failure;

/**
 * Receives the outcome of an asynchronous operation: exactly one of the two methods is called, once.
 *
 * @param <T> what the operation produces
 */
public interface Callback<T> {

  void onSuccess(T value);

  void onFailure(Failure failure);
}
