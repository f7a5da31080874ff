package dev.ossdirect.localcloud.ram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actions and resources match a policy's patterns segment by segment: the wildcards of a resource pattern's
 * region and account never reach into the resource (an object key may hold colons and whole ARNs), and
 * an action's service and name match apart.
 */
class SegmentMatchingTest {

  private static final String REGION = "cn-hangzhou";
  private static final String ACCOUNT = "1234567890123456";
  private static final String BUCKET = "web-direct-upload";
  private static final String ALICE = "uploads/6f1c2a4e-alice/";
  private static final String BOB = "uploads/93be07d5-bob/";
  private static final String PROJECT = ResourceNames.immProject(REGION, ACCOUNT, "web-direct-project");

  /** The local role's default policy, narrowed by the app's session policy for Alice's folder. */
  private static EffectivePolicy alicesToken() throws Exception {
    PolicyDocument role = PolicyDocument.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\","
            + "\"Resource\":\"acs:oss:*:*:" + BUCKET + "/uploads/*\"}]}");
    return new EffectivePolicy(List.of(role),
        PolicyDocument.parse(AppSessionPolicy.document(BUCKET, ALICE, PROJECT)));
  }

  private static String object(String key) {
    return ResourceNames.ossObject(REGION, ACCOUNT, BUCKET, key);
  }

  private static PolicyDocument allowing(String action, String resource) throws Exception {
    return PolicyDocument.parse("{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action + "\",\"Resource\":\"" + resource + "\"}]}");
  }

  @Test
  void keysThatSpellAnotherArnDoNotReachIntoTheSessionsFolder() throws Exception {
    EffectivePolicy token = alicesToken();
    assertTrue(token.allows("oss:PutObject", object(ALICE + "z.png")));
    assertFalse(token.allows("oss:PutObject", object(BOB + "x:y:" + BUCKET + "/" + ALICE + "z.png")));
    assertFalse(token.allows("oss:PutObject", object("index.html:y:" + BUCKET + "/" + ALICE + "z")));
    assertFalse(token.allows("oss:PutObject", object("x:" + REGION + ":" + ACCOUNT + ":" + BUCKET + "/" + ALICE + "z")));
    assertTrue(token.allows("oss:PutObject", object(ALICE + "x:y:" + BUCKET + "/" + BOB + "z.png")),
        "a key inside the own folder may hold colons and other folders' names");
  }

  @Test
  void theFolderItselfIsInsideButItsNameAloneAndItsSiblingsAreNot() throws Exception {
    EffectivePolicy token = alicesToken();
    assertTrue(token.allows("oss:PutObject", object(ALICE)), "the * of the pattern matches an empty rest");
    assertFalse(token.allows("oss:PutObject", object(ALICE.substring(0, ALICE.length() - 1))));
    assertFalse(token.allows("oss:PutObject", object(ALICE.substring(0, ALICE.length() - 1) + "x/y")));
    assertFalse(token.allows("oss:PutObject", object("")));
    assertFalse(token.allows("oss:PutObject", "acs:oss:" + REGION + ":" + ACCOUNT + ":"), "an empty resource");
    assertFalse(token.allows("oss:PutObject", "acs:oss:" + REGION + ":" + ACCOUNT), "four segments");
    assertEquals(Decision.ALLOW, allowing("oss:*", "acs:oss:*:*:*").decide("oss:PutObject", "acs:oss:r:1:"),
        "* matches an empty resource");
  }

  @Test
  void wildcardCharactersInKeysAreOrdinaryCharacters() throws Exception {
    EffectivePolicy token = alicesToken();
    assertTrue(token.allows("oss:PutObject", object(ALICE + "*")));
    assertTrue(token.allows("oss:PutObject", object(ALICE + "?")));
    assertTrue(token.allows("oss:PutObject", object(ALICE + "*.png")), "a key's * is not taken for the pattern's");
    assertTrue(token.allows("oss:PutObject", object(ALICE + "**?*")));
    assertFalse(token.allows("oss:PutObject", object("uploads/*")));
    assertFalse(token.allows("oss:PutObject", object("uploads/*/" + ALICE)));
    assertFalse(token.allows("oss:PutObject", object("uploads/?" + ALICE.substring("uploads/".length() + 1))),
        "a literal ? in a key is not the character the policy names");
    PolicyDocument oneCharacter = allowing("oss:PutObject", "acs:oss:*:*:b/k?");
    assertEquals(Decision.ALLOW, oneCharacter.decide("oss:PutObject", "acs:oss:r:1:b/k*"));
    assertEquals(Decision.ALLOW, oneCharacter.decide("oss:PutObject", "acs:oss:r:1:b/k:"));
    assertEquals(Decision.NOT_MENTIONED, oneCharacter.decide("oss:PutObject", "acs:oss:r:1:b/k"));
  }

  @Test
  void regionAndAccountWildcardsStayWithinTheirSegment() throws Exception {
    PolicyDocument account = allowing("oss:PutObject", "acs:oss:*:123:b/*");
    assertEquals(Decision.ALLOW, account.decide("oss:PutObject", "acs:oss:cn-hangzhou:123:b/x"));
    assertEquals(Decision.NOT_MENTIONED, account.decide("oss:PutObject", "acs:oss:cn-hangzhou:999:b/x:123:b/y"));
    PolicyDocument region = allowing("oss:PutObject", "acs:oss:cn-*:*:b/*");
    assertEquals(Decision.ALLOW, region.decide("oss:PutObject", "acs:oss:cn-shanghai:1:b/x"));
    assertEquals(Decision.NOT_MENTIONED, region.decide("oss:PutObject", "acs:oss:us-east-1:cn-1:b/x"));
    PolicyDocument service = allowing("oss:PutObject", "acs:o*:*:*:b/*");
    assertEquals(Decision.NOT_MENTIONED, service.decide("oss:PutObject", "acs:imm:r:1:b/x"));
    assertEquals(Decision.NOT_MENTIONED, service.decide("oss:PutObject", "acs:oss"),
        "fewer segments than the pattern");
    PolicyDocument role = allowing("sts:AssumeRole", "acs:ram::" + ACCOUNT + ":role/*");
    assertEquals(Decision.ALLOW, role.decide("sts:AssumeRole", ResourceNames.role(ACCOUNT, "imm-web-upload")));
    assertEquals(Decision.NOT_MENTIONED, role.decide("sts:AssumeRole", "acs:ram:r:" + ACCOUNT + ":role/x"),
        "an empty region matches only an empty region");
  }

  @Test
  void denyMatchesSegmentBySegmentToo() throws Exception {
    PolicyDocument policy = PolicyDocument.parse("{\"Version\":\"1\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Deny\",\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:b/private/*\"}]}");
    assertEquals(Decision.DENY, policy.decide("oss:PutObject", "acs:oss:r:1:b/private/x"));
    assertEquals(Decision.DENY, policy.decide("oss:PutObject", "acs:oss:r:1:b/private/x:y:b/public/z"));
    assertEquals(Decision.ALLOW, policy.decide("oss:PutObject", "acs:oss:r:1:b/public/x:y:b/private/z"));
  }

  @Test
  void actionsMatchServiceAndNameApartWithoutRegardToCase() throws Exception {
    PolicyDocument put = allowing("oss:Put*", "*");
    assertEquals(Decision.ALLOW, put.decide("oss:PutObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.ALLOW, put.decide("OSS:putobject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.NOT_MENTIONED, put.decide("oss:GetObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.NOT_MENTIONED, put.decide("imm:PutObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.NOT_MENTIONED, put.decide("PutObject", "acs:oss:r:1:b/k"), "no service");
    PolicyDocument anyService = allowing("*:Get*", "*");
    assertEquals(Decision.ALLOW, anyService.decide("oss:GetObject", "acs:oss:r:1:b/k"));
    assertEquals(Decision.NOT_MENTIONED, anyService.decide("oss:PutObject", "acs:oss:r:1:b/k"));
    PolicyDocument service = allowing("o*:DetectImageFaces", "*");
    assertEquals(Decision.NOT_MENTIONED, service.decide("oss:x:DetectImageFaces", "acs:oss:r:1:b/k"),
        "the service's wildcard does not reach across the colon");
    assertEquals(Decision.ALLOW, allowing("*", "*").decide("anything", "anything"));
  }

  @Test
  void resourcePatternsMustBeStarOrWholeArns() throws Exception {
    for (String resource : List.of("acs:oss:*", "acs:oss:*:*", "acs:*", "oss:*:*:*:b/*", "ACS:oss:*:*:b/*")) {
      PolicyGrammarException refused = assertThrows(PolicyGrammarException.class,
          () -> allowing("oss:PutObject", resource), resource);
      assertTrue(refused.getMessage().contains("five segments"), refused.getMessage());
    }
    for (String resource : List.of("*", "acs:oss:*:*:*", "acs:oss:::", "acs:ram::1:role/x", "acs:oss:*:*:b/a:b:c")) {
      allowing("oss:PutObject", resource);
    }
    assertThrows(PolicyGrammarException.class, () -> allowing(":PutObject", "*"));
    assertThrows(PolicyGrammarException.class, () -> allowing("PutObject", "*"));
  }
}
