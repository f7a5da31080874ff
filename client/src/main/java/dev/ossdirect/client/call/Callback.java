package dev.ossdirect.client.call;

/**
 * Receives the outcome of an asynchronous operation: exactly one of the two methods is called, once.
 *
 * @param <T> what the operation produces
 */
public interface Callback<T> {

  void onSuccess(T value);

  void onFailure(Failure failure);
}
