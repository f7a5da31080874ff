package dev.ossdirect.reliability.hostile;

import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.reliability.wire.OfficialSignatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session policies built to hurt a JSON parser, in AssumeRole requests that Alibaba's STS SDK made and
 * that are signed again with Alibaba's signing function after the policy is replaced: too long, nested too
 * deep, numbers too large. Each gets a clean 4xx in RPC JSON and no token; so do request bodies over the
 * 1 MiB the gateway reads and parameters that are not UTF-8.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePolicyJsonTest {

  private HostileOss hostile;
  private RpcSdkCaptures sts;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
    sts = RpcSdkCaptures.forSts(hostile.oss);
  }

  @AfterAll
  void stop() throws Exception {
    sts.close();
    hostile.close();
  }

  static Stream<Arguments> policies() {
    String statement = "{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:b/*\"";
    return Stream.of(
        Arguments.of("2049 characters", "{\"Version\":\"1\",\"Statement\":[" + statement + "}]}"
            + " ".repeat(2049 - 100), "InvalidParameter.PolicySize"),
        Arguments.of("20 KB", "{\"Version\":\"1\",\"Statement\":[" + (statement + "},").repeat(200) + "]}",
            "InvalidParameter.PolicySize"),
        Arguments.of("arrays nested 1000 deep", "[".repeat(1000) + "]".repeat(1000),
            "InvalidParameter.PolicyGrammar"),
        Arguments.of("objects nested 60 deep", "{\"a\":".repeat(60) + "1" + "}".repeat(60),
            "InvalidParameter.PolicyGrammar"),
        Arguments.of("a statement nested 12 deep", "{\"Version\":\"1\",\"Statement\":[" + statement
            + ",\"Sid\":" + "[".repeat(12) + "]".repeat(12) + "}]}", "InvalidParameter.PolicyGrammar"),
        Arguments.of("a number of 1500 digits", "{\"Version\":\"1\",\"Statement\":[" + statement
            + ",\"Sid\":" + "9".repeat(1500) + "}]}", "InvalidParameter.PolicyGrammar"),
        Arguments.of("an exponent out of range", "{\"Version\":1e999999,\"Statement\":[]}",
            "InvalidParameter.PolicyGrammar"),
        Arguments.of("an unterminated string", "{\"Version\":\"1", "InvalidParameter.PolicyGrammar"),
        Arguments.of("a control character in a string", "{\"Version\":\"1\u0000\",\"Statement\":[]}",
            "InvalidParameter.PolicyGrammar"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void aHostilePolicyIsRefusedAndIssuesNoToken(String name, String policy, String code) throws Exception {
    long issued = hostile.oss.cloud.assumeRoleCount();
    CapturedRequest request = OfficialSignatures.rpcV1(sts.assumeRole().withQuery("Policy", policy),
        hostile.oss.cloud.ramUserAccessKey().accessKeySecret());
    hostile.checkRefused(Row.HOSTILE_POLICY_JSON, () -> request.send(sts.port()), 400, code);
    org.junit.jupiter.api.Assertions.assertEquals(issued, hostile.oss.cloud.assumeRoleCount());
  }

  static Stream<Arguments> rawRequests() {
    return Stream.of(
        Arguments.of("a form body over 1 MiB", "/", "Policy=" + "a".repeat(1024 * 1024 + 10), 413,
            "InvalidParameter"),
        Arguments.of("a parameter that is not UTF-8", "/?Policy=%FF%FE&Action=AssumeRole", "", 400,
            "InvalidParameter"),
        Arguments.of("a parameter given twice", "/?Action=AssumeRole&Action=GetCallerIdentity", "", 400,
            "InvalidParameter"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawRequests")
  void aHostileRequestIsRefusedBeforeAnyParsing(String name, String target, String body, int status, String code)
      throws Exception {
    hostile.checkRefused(Row.HOSTILE_POLICY_JSON, () -> Answer.of(RawHttp.send(sts.port(), "POST", target,
        Map.of("Content-Type", "application/x-www-form-urlencoded"), body.getBytes(StandardCharsets.UTF_8))),
        status, code);
  }
}
