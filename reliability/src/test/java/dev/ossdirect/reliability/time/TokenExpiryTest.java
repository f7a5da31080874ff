package dev.ossdirect.reliability.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.Expected;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.reliability.wire.OfficialSignatures;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.ByteArrayInputStream;
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
 * An STS token of 900 seconds, used one second before its expiry (accepted) and one second after
 * (refused): on OSS through Alibaba's OSS SDK dated by the moved clock, and on IMM with requests from
 * the IMM SDK signed again for the moved clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenExpiryTest {

  private OssTestCloud oss;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    oss = OssTestCloud.start(dataDir);
  }

  @AfterEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  @AfterAll
  void stop() {
    oss.close();
  }

  Stream<Arguments> uses() {
    return Stream.of("OSS V1", "OSS V4", "IMM RPC V1", "IMM ACS3")
        .flatMap(scheme -> Stream.of(-1, 1).map(seconds -> Arguments.of(scheme, seconds)));
  }

  @ReliabilityCase(Row.TOKEN_EXPIRY)
  @ParameterizedTest(name = "{0}, {1} s from the expiry")
  @MethodSource("uses")
  void aTokenWorksUntilItExpires(String scheme, int secondsFromExpiry) throws Exception {
    Credentials token = oss.assumeRole(900);
    long at = token.expirationMillis() + secondsFromExpiry * 1000L;
    if (scheme.startsWith("OSS")) {
      oss.clock.setOffset(at - System.currentTimeMillis());
      String error = ossPut(scheme.equals("OSS V1") ? SignVersion.V1 : SignVersion.V4, token);
      assertEquals(secondsFromExpiry < 0 ? null : "SecurityTokenExpired", error);
    } else {
      try (RpcSdkCaptures imm = RpcSdkCaptures.forImm(oss, token)) {
        boolean rpcV1 = scheme.equals("IMM RPC V1");
        CapturedRequest captured = imm.detectImageFaces(rpcV1 ? RpcSdkCaptures.RPC_V1 : RpcSdkCaptures.ACS3);
        oss.clock.setOffset(at - System.currentTimeMillis());
        String now = UtcTimestamps.formatIso8601(oss.clock.currentTimeMillis());
        CapturedRequest dated = rpcV1
            ? OfficialSignatures.rpcV1(captured.withQuery("Timestamp", now), token.accessKeySecret())
            : OfficialSignatures.acs3(captured.withHeader("x-acs-date", now), token.accessKeyId(),
                token.accessKeySecret());
        Expected expected = secondsFromExpiry < 0
            ? Expected.accepted() : Expected.error(400, "InvalidSecurityToken.Expired");
        Answer answer = dated.send(imm.port());
        assertTrue(expected.matches(answer), scheme + " should get " + expected + ", got " + answer);
      }
    }
  }

  /** Puts an object with the OSS SDK dated by the moved clock; the error code, or null on success. */
  private String ossPut(SignVersion version, Credentials token) {
    OSS client = oss.client(version, token);
    try {
      client.putObject(OssTestCloud.BUCKET, "uploads/expiry.txt", new ByteArrayInputStream(new byte[] {1}));
      return null;
    } catch (OSSException e) {
      return e.getErrorCode();
    } finally {
      client.shutdown();
    }
  }
}
