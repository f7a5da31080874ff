package dev.ossdirect.client.text;

import dev.ossdirect.signing.Ascii;

/**
 * Decides which addresses the page may turn into links. Addresses come from services' error documents,
 * which the page does not trust: only an absolute {@code http} or {@code https} address may become a link,
 * so that no {@code javascript:}, {@code data:} or relative address is ever followed from the page.
 */
public final class WebLinks {

  private WebLinks() {}

  /**
   * Whether {@code address} is an absolute {@code http://} or {@code https://} address (the scheme in any
   * case) with a host, and without spaces, control characters or backslashes, which browsers would
   * rewrite.
   */
  public static boolean isWebAddress(String address) {
    if (address == null) {
      return false;
    }
    String lower = Ascii.toLowerCase(address);
    int hostStart;
    if (lower.startsWith("https://")) {
      hostStart = "https://".length();
    } else if (lower.startsWith("http://")) {
      hostStart = "http://".length();
    } else {
      return false;
    }
    if (hostStart == address.length() || "/?#".indexOf(address.charAt(hostStart)) >= 0) {
      return false;
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
