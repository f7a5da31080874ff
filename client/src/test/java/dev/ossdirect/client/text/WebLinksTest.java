package dev.ossdirect.client.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebLinksTest {

  @Test
  void httpAndHttpsAddressesWithAHostAreWebAddresses() {
    assertTrue(WebLinks.isWebAddress("https://api.aliyun.com/troubleshoot?q=0002-00000040"));
    assertTrue(WebLinks.isWebAddress("http://127.0.0.1:9102/x"));
    assertTrue(WebLinks.isWebAddress("HTTPS://API.ALIYUN.COM"));
    assertTrue(WebLinks.isWebAddress("https://a"));
  }

  @Test
  void otherSchemesAreNot() {
    assertFalse(WebLinks.isWebAddress("javascript:alert(1)"));
    assertFalse(WebLinks.isWebAddress("JavaScript://%0aalert(1)"));
    assertFalse(WebLinks.isWebAddress("data:text/html,<script>alert(1)</script>"));
    assertFalse(WebLinks.isWebAddress("ftp://example.com/"));
    assertFalse(WebLinks.isWebAddress("httpx://example.com/"));
  }

  @Test
  void relativeAndHostlessAddressesAreNot() {
    assertFalse(WebLinks.isWebAddress("//evil.example/"));
    assertFalse(WebLinks.isWebAddress("/troubleshoot?q=1"));
    assertFalse(WebLinks.isWebAddress("https:"));
    assertFalse(WebLinks.isWebAddress("https:/evil.example"));
    assertFalse(WebLinks.isWebAddress("https://"));
    assertFalse(WebLinks.isWebAddress("https:///evil.example"));
    assertFalse(WebLinks.isWebAddress("https://?q=1"));
    assertFalse(WebLinks.isWebAddress("https://#x"));
  }

  @Test
  void spacesControlCharactersAndBackslashesAreNot() {
    assertFalse(WebLinks.isWebAddress(" https://api.aliyun.com/"));
    assertFalse(WebLinks.isWebAddress("https://api.aliyun.com/ x"));
    assertFalse(WebLinks.isWebAddress("https://api.aliyun.com/\n"));
    assertFalse(WebLinks.isWebAddress("https://api.aliyun.com/\u007f"));
    assertFalse(WebLinks.isWebAddress("https:\\\\evil.example"));
    assertFalse(WebLinks.isWebAddress("https://\\evil.example"));
  }

  @Test
  void nothingIsNot() {
    assertFalse(WebLinks.isWebAddress(null));
    assertFalse(WebLinks.isWebAddress(""));
  }
}
