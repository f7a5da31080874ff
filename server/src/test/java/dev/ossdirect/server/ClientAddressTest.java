package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void withoutTrustedProxiesTheConnectionIsTheClientWhateverItForwards() {
    assertEquals("10.0.0.7", ClientAddress.of("10.0.0.7", List.of(), 0));
    assertEquals("10.0.0.7", ClientAddress.of("10.0.0.7", List.of("203.0.113.9"), 0));
  }

  @Test
  void behindOneProxyTheClientIsTheAddressThatProxyAppended() {
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.2", List.of("203.0.113.9"), 1));
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy appends the real one.
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.2", List.of("198.51.100.1, 192.0.2.4, 203.0.113.9"), 1));
  }

  @Test
  void behindTwoProxiesTheClientIsTheAddressTheOuterProxySaw() {
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.3", List.of("198.51.100.1,203.0.113.9", "10.0.0.2"), 2));
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.3", List.of(" 203.0.113.9 ,, 10.0.0.2 "), 2));
  }

  @Test
  void aChainShorterThanTheProxiesGivesItsLeftmostAddress() {
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.2", List.of("203.0.113.9"), 3));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of(), 1));
  }
}
