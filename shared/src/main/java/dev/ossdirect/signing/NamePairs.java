package dev.ossdirect.signing;

import java.util.Comparator;

/**
 * Names with their values as {@code {name, value}} arrays, the form in which the signers sort a request's
 * parameters once, each name with its value, rather than through a sorted map.
 */
public final class NamePairs {

  /**
   * Orders pairs by name, by UTF-16 code unit ({@link String#compareTo}), as the official SDKs sort
   * parameter names.
   */
  public static final Comparator<String[]> BY_NAME = (left, right) -> left[0].compareTo(right[0]);

  private NamePairs() {}
}
