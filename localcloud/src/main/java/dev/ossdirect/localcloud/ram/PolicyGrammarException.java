package dev.ossdirect.localcloud.ram;

/** A policy document that does not follow RAM's policy grammar; the message says where and why. */
public final class PolicyGrammarException extends Exception {

  private static final long serialVersionUID = 1L;

  public PolicyGrammarException(String message) {
    super(message);
  }
}
