package dev.ossdirect.reliability.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.SdkCalls;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session policies that break RAM's grammar, sent to AssumeRole through Alibaba's STS SDK: each is refused
 * with {@code InvalidParameter.PolicyGrammar}, and no token is issued.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyGrammarTest {

  private OssTestCloud oss;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    oss = OssTestCloud.start(dataDir);
  }

  @AfterAll
  void stop() {
    oss.close();
  }

  static Stream<String> malformedPolicies() {
    String statement = "{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:b/*\"}";
    return Stream.of(
        "{",
        "not json",
        "[]",
        "\"a string\"",
        "{\"Version\":\"1\",\"Statement\":[" + statement + "]} trailing",
        "{\"Version\":\"2\",\"Statement\":[" + statement + "]}",
        "{\"Version\":1,\"Statement\":[" + statement + "]}",
        "{\"Statement\":[" + statement + "]}",
        "{\"Version\":\"1\",\"Statement\":" + statement + "}",
        "{\"Version\":\"1\",\"Statement\":[" + statement + "],\"Extra\":true}",
        "{\"Version\":\"1\",\"Version\":\"1\",\"Statement\":[" + statement + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("Allow", "Maybe") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("oss:PutObject", "PutObject") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("acs:oss:*:*:b/*", "b/*") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("\"oss:PutObject\"", "[]") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("\"oss:PutObject\"", "[1]") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("\"oss:PutObject\"", "\"\"") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("}", ",\"Condition\":{}}") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("\"Action\"", "\"NotAction\"") + "]}",
        "{\"Version\":\"1\",\"Statement\":[" + statement.replace("}", ",\"Principal\":\"*\"}") + "]}",
        "{\"Version\":\"1\",\"Statement\":[\"" + "x" + "\"]}");
  }

  @ReliabilityCase(Row.POLICY_GRAMMAR)
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedPolicies")
  void aMalformedSessionPolicyIsAGrammarError(String policy) throws Exception {
    long issued = oss.cloud.assumeRoleCount();
    assertEquals("InvalidParameter.PolicyGrammar", SdkCalls.errorCodeOf(() -> SdkCalls.assumeRole(oss.cloud, policy)));
    assertEquals(issued, oss.cloud.assumeRoleCount(), "no token was issued");
  }
}
