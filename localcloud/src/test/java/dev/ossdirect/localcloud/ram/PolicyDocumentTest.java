package dev.ossdirect.localcloud.ram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

  private static final String UPLOADS =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\","
          + "\"Resource\":\"acs:oss:*:*:bucket/uploads/*\"}]}";

  @Test
  void wildcardsMatchRegionAccountAndKeys() throws Exception {
    PolicyDocument policy = PolicyDocument.parse(UPLOADS);
    assertEquals(Decision.ALLOW, policy.decide("oss:PutObject", "acs:oss:cn-hangzhou:123:bucket/uploads/a/b.jpg"));
    assertEquals(Decision.ALLOW, policy.decide("OSS:putobject", "acs:oss:cn-hangzhou:123:bucket/uploads/"));
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:PutObject", "acs:oss:cn-hangzhou:123:bucket/other/a"));
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:PutObject", "acs:oss:cn-hangzhou:123:Bucket/uploads/a"));
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:GetObject", "acs:oss:cn-hangzhou:123:bucket/uploads/a"));
  }

  @Test
  void questionMarkMatchesExactlyOneCharacter() throws Exception {
    PolicyDocument policy = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"oss:Get?bject\"],\"Resource\":[\"acs:oss:*:*:b/k?\"]}]}");
    assertEquals(Decision.ALLOW, policy.decide("oss:GetObject", "acs:oss:r:1:b/k1"));
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:GetObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:GetObject", "acs:oss:r:1:b/k12"));
  }

  @Test
  void aStarInTheKeyDoesNotUseUpTheWildcard() throws Exception {
    PolicyDocument policy = PolicyDocument.parse(UPLOADS);
    assertEquals(Decision.ALLOW, policy.decide("oss:PutObject", "acs:oss:r:1:bucket/uploads/*.png"));
    assertEquals(Decision.ALLOW, policy.decide("oss:PutObject", "acs:oss:r:1:bucket/uploads/a*b*"));
  }

  @Test
  void denyWinsOverAllow() throws Exception {
    PolicyDocument policy = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":["
            + "{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"*\"},"
            + "{\"Effect\":\"Deny\",\"Action\":\"oss:DeleteObject\",\"Resource\":\"acs:oss:*:*:b/*\"}]}");
    assertEquals(Decision.ALLOW, policy.decide("oss:GetObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.DENY, policy.decide("oss:DeleteObject", "acs:oss:r:1:b/k"));
  }

  @Test
  void rejectsWhatFailsTheGrammar() {
    List<String> bad = List.of(
        "",
        "not json",
        "[]",
        "{\"Version\":\"2\",\"Statement\":[]}",
        "{\"Version\":1,\"Statement\":[]}",
        "{\"Version\":\"1\"}",
        "{\"Version\":\"1\",\"Statement\":{}}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"oss:*\",\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"PutObject\",\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"bucket/*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[1],\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"*\",\"Condition\":{}}]}",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"oss:*\",\"Resource\":\"*\"}]}",
        "{\"Version\":\"1\",\"Version\":\"1\",\"Statement\":[]}",
        "{\"Version\":\"1\",\"Statement\":[]} trailing",
        "{\"Version\":\"1\",\"Statement\":[],\"Extra\":1}",
        "{\"Version\":\"1\",\"Statement\":[[[[[[[[[[[[]]]]]]]]]]]]}");
    for (String text : bad) {
      assertThrows(PolicyGrammarException.class, () -> PolicyDocument.parse(text), text);
    }
  }

  @Test
  void sessionPolicyIntersectsTheRolesPolicies() throws Exception {
    PolicyDocument role = PolicyDocument.parse(UPLOADS);
    PolicyDocument widening = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"*\"}]}");
    PolicyDocument narrowing = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\","
            + "\"Resource\":\"acs:oss:*:*:bucket/uploads/alice/*\"}]}");
    EffectivePolicy widened = new EffectivePolicy(List.of(role), widening);
    assertTrue(widened.allows("oss:PutObject", "acs:oss:r:1:bucket/uploads/x"));
    assertFalse(widened.allows("oss:GetObject", "acs:oss:r:1:bucket/uploads/x"));
    assertFalse(widened.allows("oss:PutObject", "acs:oss:r:1:bucket/elsewhere"));
    EffectivePolicy narrowed = new EffectivePolicy(List.of(role), narrowing);
    assertTrue(narrowed.allows("oss:PutObject", "acs:oss:r:1:bucket/uploads/alice/a.jpg"));
    assertFalse(narrowed.allows("oss:PutObject", "acs:oss:r:1:bucket/uploads/bob/a.jpg"));
    assertTrue(new EffectivePolicy(List.of(role), null).allows("oss:PutObject", "acs:oss:r:1:bucket/uploads/bob/a"));
  }

  @Test
  void matchingStaysFastOnPathologicalPatterns() throws Exception {
    String pattern = "acs:oss:*:*:" + "*a".repeat(40) + "*b";
    PolicyDocument policy = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"" + pattern + "\"}]}");
    // A backtracking matcher would take exponential time here; this one answers at once.
    assertEquals(Decision.NOT_MENTIONED, policy.decide("oss:GetObject", "acs:oss:r:1:" + "a".repeat(5000)));
  }
}
