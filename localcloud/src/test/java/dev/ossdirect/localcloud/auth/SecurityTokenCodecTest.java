package dev.ossdirect.localcloud.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.ram.EffectivePolicy;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityTokenCodecTest {

  private final SecurityTokenCodec codec = new SecurityTokenCodec(new byte[32], new SecureRandom());

  private TemporaryCredential issue() throws Exception {
    PolicyDocument role = PolicyDocument.allowing(List.of("oss:PutObject"), List.of("acs:oss:*:*:b/uploads/*"));
    PolicyDocument session = PolicyDocument.allowing(List.of("oss:PutObject"), List.of("acs:oss:*:*:b/uploads/s1/*"));
    return codec.issue("acs:ram::1:role/r", "s1", new EffectivePolicy(List.of(role), session), 1_000_000L);
  }

  @Test
  void aTokenOpensToTheCredentialItWasIssuedFor() throws Exception {
    TemporaryCredential issued = issue();
    assertTrue(issued.accessKeyId().startsWith("STS."));
    TemporaryCredential opened = codec.open(issued.securityToken());
    assertEquals(issued.accessKeyId(), opened.accessKeyId());
    assertEquals(issued.accessKeySecret(), opened.accessKeySecret());
    assertEquals(1_000_000L, opened.expirationMillis());
    assertEquals("s1", opened.sessionName());
    assertTrue(opened.policy().allows("oss:PutObject", "acs:oss:r:1:b/uploads/s1/x"));
    assertFalse(opened.policy().allows("oss:PutObject", "acs:oss:r:1:b/uploads/s2/x"));
  }

  @Test
  void theSecretIsNotInTheToken() throws Exception {
    TemporaryCredential issued = issue();
    assertFalse(issued.securityToken().contains(issued.accessKeySecret()));
    assertNotEquals(issue().accessKeySecret(), issued.accessKeySecret());
  }

  @Test
  void anyChangeToTheTokenIsRejected() throws Exception {
    String token = issue().securityToken();
    for (int i = 0; i < token.length(); i++) {
      char replaced = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + replaced + token.substring(i + 1);
      assertThrows(InvalidSecurityTokenException.class, () -> codec.open(tampered), "position " + i);
    }
    for (String bad : new String[] {null, "", "v1.", "v1..", "v2.abc.def", "v1.abc", token + "x"}) {
      assertThrows(InvalidSecurityTokenException.class, () -> codec.open(bad), String.valueOf(bad));
    }
  }

  @Test
  void anotherKeyRejectsTheToken() throws Exception {
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    SecurityTokenCodec other = new SecurityTokenCodec(otherKey, new SecureRandom());
    String token = issue().securityToken();
    assertThrows(InvalidSecurityTokenException.class, () -> other.open(token));
  }
}
