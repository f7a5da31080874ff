package dev.ossdirect.reliability.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.Expected;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.reliability.wire.OfficialSignatures;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A signature nonce may be used once within the 15-minute window: a request sent again, or signed again
 * with a new date but the same nonce, is refused while the first use is remembered, and accepted once the
 * window has passed. Requests come from the official SDKs; a new date is signed with Alibaba's own
 * signing functions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonceReplayTest {

  private static final Expected NONCE_USED = Expected.error(400, "SignatureNonceUsed");

  private OssTestCloud oss;
  private RpcSdkCaptures sts;
  private RpcSdkCaptures imm;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    oss = OssTestCloud.start(dataDir);
    sts = RpcSdkCaptures.forSts(oss);
    imm = RpcSdkCaptures.forImm(oss);
  }

  @AfterEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  @AfterAll
  void stop() throws Exception {
    sts.close();
    imm.close();
    oss.close();
  }

  /** When the nonce is used again, and how: sent as it was, or signed again for the server's time. */
  enum Replay {
    AS_SENT_A_MINUTE_LATER(1, false, NONCE_USED),
    SIGNED_AGAIN_A_MINUTE_LATER(1, true, NONCE_USED),
    SIGNED_AGAIN_SIXTEEN_MINUTES_LATER(16, true, Expected.accepted());

    final int minutesLater;
    final boolean signedAgain;
    final Expected expected;

    Replay(int minutesLater, boolean signedAgain, Expected expected) {
      this.minutesLater = minutesLater;
      this.signedAgain = signedAgain;
      this.expected = expected;
    }
  }

  Stream<Arguments> replays() {
    return Stream.of("RPC V1", "ACS3")
        .flatMap(scheme -> Stream.of(Replay.values()).map(replay -> Arguments.of(scheme, replay)));
  }

  @ReliabilityCase(Row.NONCE_REPLAY)
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("replays")
  void aNonceIsUsedOnceWithinTheWindow(String scheme, Replay replay) throws Exception {
    boolean rpcV1 = scheme.equals("RPC V1");
    CapturedRequest first = rpcV1 ? sts.assumeRole() : imm.detectImageFaces(RpcSdkCaptures.ACS3);
    int port = rpcV1 ? sts.port() : imm.port();
    assertTrue(first.send(port).accepted(), "the SDK's request itself is accepted");

    oss.clock.setOffset(replay.minutesLater * 60_000L);
    CapturedRequest again = replay.signedAgain ? signedAgainNow(first, rpcV1) : first;
    Answer answer = again.send(port);
    assertTrue(replay.expected.matches(answer), scheme + " " + replay + " should get " + replay.expected
        + ", got " + answer);
  }

  /** The same request, nonce included, dated by the server's clock and signed again. */
  private CapturedRequest signedAgainNow(CapturedRequest request, boolean rpcV1) {
    String now = UtcTimestamps.formatIso8601(oss.clock.currentTimeMillis());
    if (rpcV1) {
      return OfficialSignatures.rpcV1(request.withQuery("Timestamp", now),
          oss.cloud.ramUserAccessKey().accessKeySecret());
    }
    return OfficialSignatures.acs3(request.withHeader("x-acs-date", now),
        imm.stsCredentials().accessKeyId(), imm.stsCredentials().accessKeySecret());
  }
}
