package dev.ossdirect.reliability.tamper;

import dev.ossdirect.reliability.report.Row;

/**
 * What captures the requests of one scheme from an official SDK and judges one tamper case against the
 * local cloud, recording the case in the row it belongs to.
 *
 * @param <S> the implementing class, which the cases' variants take their requests from
 */
interface Captures<S> extends AutoCloseable {

  /**
   * Sends the request of {@code tamper}, records the case against {@code row} (handled correctly or not,
   * objects lost), and fails the test if the answer or the stored objects are not as they must be.
   */
  void check(Tamper<S> tamper, Row row) throws Exception;
}
