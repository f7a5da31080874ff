package dev.ossdirect.localcloud.imm.images;

/**
 * A {@link DecodeBudget} had no room for another decode within its longest wait. Nothing is wrong with
 * the image: the same call may succeed a moment later, so a service answers it as throttling, which
 * clients retry. The message says which limit was reached, with no detail of any image or caller.
 */
public final class DecodeThrottledException extends Exception {

  private static final long serialVersionUID = 1L;

  public DecodeThrottledException(String message) {
    super(message);
  }
}
