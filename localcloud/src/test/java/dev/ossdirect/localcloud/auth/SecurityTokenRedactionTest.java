package dev.ossdirect.localcloud.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityTokenRedactionTest {

  @Test
  void replacesTheTokenAsSent() {
    assertEquals("x-oss-security-token:[security token]\n/bucket/key",
        SecurityTokenRedaction.redact("x-oss-security-token:v1.abc.def\n/bucket/key", "v1.abc.def"));
  }

  @Test
  void replacesTheTokenPercentEncodedOnceAndTwice() {
    String token = "a+b/c=d e";
    String canonicalQuery = "Action=X&SecurityToken=a%2Bb%2Fc%3Dd%20e&Version=1";
    String rpcStringToSign = "POST&%2F&Action%3DX%26SecurityToken%3Da%252Bb%252Fc%253Dd%2520e%26Version%3D1";
    assertEquals("Action=X&SecurityToken=[security token]&Version=1",
        SecurityTokenRedaction.redact(canonicalQuery, token));
    assertEquals("POST&%2F&Action%3DX%26SecurityToken%3D[security token]%26Version%3D1",
        SecurityTokenRedaction.redact(rpcStringToSign, token));
  }

  @Test
  void aTokenInsideItsOwnEncodingLeavesNothingOfIt() {
    assertEquals("t=[security token]&u=[security token]",
        SecurityTokenRedaction.redact("t=%2525&u=%25", "%25"));
  }

  @Test
  void replacesEveryTokenGiven() {
    assertEquals("x-acs-security-token:[security token]\nSecurityToken=[security token]",
        SecurityTokenRedaction.redact("x-acs-security-token:one\nSecurityToken=two", "one", null, "two"));
  }

  @Test
  void leavesTextWithoutATokenAlone() {
    assertEquals("GET\n/bucket/key", SecurityTokenRedaction.redact("GET\n/bucket/key", (String) null));
    assertEquals("GET\n/bucket/key", SecurityTokenRedaction.redact("GET\n/bucket/key", ""));
    assertEquals("GET\n/bucket/key", SecurityTokenRedaction.redact("GET\n/bucket/key"));
  }
}
