package dev.ossdirect.reliability.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.Expected;
import dev.ossdirect.reliability.tamper.OssSdkCaptures;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
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
 * Requests made by the official SDKs, sent after the local cloud's clock has moved: 14 minutes either way
 * is within the 15-minute window and accepted, 16 minutes is not and gets the protocol's error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClockSkewTest {

  private OssTestCloud oss;
  private RpcSdkCaptures sts;
  private RpcSdkCaptures imm;
  private OssSdkCaptures ossV1;
  private OssSdkCaptures ossV4;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    oss = OssTestCloud.start(dataDir);
    sts = RpcSdkCaptures.forSts(oss);
    imm = RpcSdkCaptures.forImm(oss);
    ossV1 = new OssSdkCaptures(oss, SignVersion.V1);
    ossV4 = new OssSdkCaptures(oss, SignVersion.V4);
  }

  @AfterEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable captures : new AutoCloseable[] {sts, imm, ossV1, ossV4, oss}) {
      captures.close();
    }
  }

  /** A way of signing: how the SDK's request is captured, where it goes, and how it is refused. */
  private record Scheme(String name, Capture capture, int port, Expected tooSkewed) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  private interface Capture {
    CapturedRequest request() throws Exception;
  }

  Stream<Arguments> skews() {
    Stream<Scheme> schemes = Stream.of(
        new Scheme("RPC V1 (STS AssumeRole)", sts::assumeRole, sts.port(),
            Expected.error(400, "InvalidTimeStamp.Expired")),
        new Scheme("ACS3 (IMM DetectImageFaces)", () -> imm.detectImageFaces(RpcSdkCaptures.ACS3), imm.port(),
            Expected.error(400, "InvalidTimeStamp.Expired")),
        new Scheme("OSS V1 (PutObject)", ossV1::putObject, oss.ossPort(),
            Expected.error(403, "RequestTimeTooSkewed")),
        new Scheme("OSS V4 (PutObject)", ossV4::putObject, oss.ossPort(),
            Expected.error(403, "RequestTimeTooSkewed")));
    return schemes.flatMap(scheme -> Stream.of(-16, -14, 14, 16).map(minutes -> Arguments.of(scheme, minutes)));
  }

  @ReliabilityCase(Row.CLOCK_SKEW)
  @ParameterizedTest(name = "{0} dated {1} minutes from the server's time")
  @MethodSource("skews")
  void fourteenMinutesOffIsAcceptedAndSixteenIsNot(Scheme scheme, int minutes) throws Exception {
    CapturedRequest request = scheme.capture().request();
    oss.clock.setOffset(-minutes * 60_000L);
    Expected expected = Math.abs(minutes) < 15 ? Expected.accepted() : scheme.tooSkewed();
    Answer answer = request.send(scheme.port());
    assertTrue(expected.matches(answer), scheme + " dated " + minutes + " min off should get " + expected
        + ", got " + answer);
  }
}
