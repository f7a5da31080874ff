package dev.ossdirect.client.testing;

import dev.ossdirect.client.async.Callback;
import dev.ossdirect.client.failure.Failure;

/** A callback that keeps what it was given. */
public final class Recorder<T> implements Callback<T> {

  private T value;
  private Failure failure;
  private int calls;

  @Override
  public void onSuccess(T value) {
    this.value = value;
    calls++;
  }

  @Override
  public void onFailure(Failure failure) {
    this.failure = failure;
    calls++;
  }

  public T value() {
    return value;
  }

  public Failure failure() {
    return failure;
  }

  /** How many times it was called back: never more than once for a correct caller. */
  public int calls() {
    return calls;
  }
}
