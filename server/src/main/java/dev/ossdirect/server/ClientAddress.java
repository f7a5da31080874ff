package dev.ossdirect.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client a request came from, as the rate limit counts it.
 *
 * <p>With no trusted proxy, it is the address of the connection. Behind reverse proxies or load balancers,
 * the connection comes from the nearest proxy, and each proxy appends the address it received the request
 * from to {@code X-Forwarded-For}. With {@code n} trusted proxies, the client is therefore the {@code n}-th
 * address from the right of the chain {@code X-Forwarded-For entries..., connection address}: the one the
 * outermost trusted proxy saw. Entries further left were written by the client itself and are ignored, so
 * a client cannot escape its limit by sending its own {@code X-Forwarded-For}. A chain shorter than
 * {@code n} (a request that did not pass through every proxy) yields its leftmost address.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /**
   * The client's address for a request from {@code connectionAddress} carrying {@code forwardedFor} (the
   * values of every {@code X-Forwarded-For} header, in order), behind {@code trustedProxies} proxies.
   */
  public static String of(String connectionAddress, List<String> forwardedFor, int trustedProxies) {
    if (trustedProxies == 0) {
      return connectionAddress;
    }
    List<String> chain = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String entry : header.split(",")) {
        if (!entry.isBlank()) {
          chain.add(entry.strip());
        }
      }
    }
    chain.add(connectionAddress);
    return chain.get(Math.max(0, chain.size() - 1 - trustedProxies));
  }
}
