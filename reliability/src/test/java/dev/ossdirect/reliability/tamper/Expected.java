package dev.ossdirect.reliability.tamper;

import dev.ossdirect.reliability.wire.Answer;

/**
 * The answer a request must get: accepted (any 2xx), or one precise error, with its status and its code
 * in the protocol's format.
 *
 * @param code the error code, or {@code null} for accepted
 */
public record Expected(int status, String code) {

  /** Any 2xx. */
  public static Expected accepted() {
    return new Expected(200, null);
  }

  /** The error {@code code} with {@code status}. */
  public static Expected error(int status, String code) {
    return new Expected(status, code);
  }

  public boolean isAccepted() {
    return code == null;
  }

  public boolean matches(Answer answer) {
    return isAccepted() ? answer.accepted() : answer.isError(status, code);
  }

  @Override
  public String toString() {
    return isAccepted() ? "accepted" : status + " " + code;
  }
}
