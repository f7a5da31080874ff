package dev.ossdirect.reliability.tamper;

import dev.ossdirect.reliability.wire.CapturedRequest;

/**
 * One case of the tamper matrix: how to make the request from a freshly captured one (usually by changing
 * one part of it), and the answer it must get.
 *
 * @param <S> what captures requests for the scheme under test
 */
public record Tamper<S>(String name, Variant<S> variant, Expected expected) {

  /** Makes the request of a case, from requests that {@code source} captures. */
  @FunctionalInterface
  public interface Variant<S> {
    CapturedRequest from(S source) throws Exception;
  }

  /** A case whose request is the captured one with one change. */
  public static <S> Tamper<S> of(String name, Variant<S> variant, Expected expected) {
    return new Tamper<>(name, variant, expected);
  }

  @Override
  public String toString() {
    return name + " \u2192 " + expected;
  }
}
