package dev.ossdirect.reliability.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.Expected;
import dev.ossdirect.reliability.tamper.OssSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.nio.file.Path;
import java.util.Date;
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
 * Signed URLs made by Alibaba's OSS SDK to stay valid for a minute, used one second before they expire
 * (accepted) and one second after (AccessDenied), V1 ({@code Expires}) and V4 ({@code x-oss-date} plus
 * {@code x-oss-expires}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedUrlExpiryTest {

  private OssTestCloud oss;
  private OssSdkCaptures v1;
  private OssSdkCaptures v4;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    oss = OssTestCloud.start(dataDir);
    v1 = new OssSdkCaptures(oss, SignVersion.V1);
    v4 = new OssSdkCaptures(oss, SignVersion.V4);
  }

  @AfterEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  @AfterAll
  void stop() throws Exception {
    v1.close();
    v4.close();
    oss.close();
  }

  Stream<Arguments> uses() {
    return Stream.of("V1", "V4").flatMap(version -> Stream.of(-1, 1).map(s -> Arguments.of(version, s)));
  }

  @ReliabilityCase(Row.SIGNED_URL_EXPIRY)
  @ParameterizedTest(name = "{0} signed URL, {1} s from its expiry")
  @MethodSource("uses")
  void aSignedUrlWorksUntilItExpires(String version, int secondsFromExpiry) throws Exception {
    boolean isV1 = version.equals("V1");
    CapturedRequest url = (isV1 ? v1 : v4).signedUrlPut(new Date(System.currentTimeMillis() + 60_000L));
    long expiresAt = isV1
        ? Long.parseLong(url.query("Expires")) * 1000L
        : UtcTimestamps.parseCompact(url.query("x-oss-date")) + Long.parseLong(url.query("x-oss-expires")) * 1000L;
    oss.clock.setOffset(expiresAt + secondsFromExpiry * 1000L - System.currentTimeMillis());
    Expected expected = secondsFromExpiry < 0 ? Expected.accepted() : Expected.error(403, "AccessDenied");
    Answer answer = url.send(oss.ossPort());
    assertTrue(expected.matches(answer), version + " URL should get " + expected + ", got " + answer);
  }
}
