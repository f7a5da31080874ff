package dev.ossdirect.reliability.responses;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import dev.ossdirect.reliability.wire.Answer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors say what went wrong without repeating what the caller must not read. A caller of IMM needs no
 * right to read the object it names, so IMM's refusal of a file that is not a whole picture must not quote
 * the file: each file here carries a marker where the old messages quoted bytes from (its first bytes, a
 * chunk name, a block type), and neither the marker nor its hex may appear in the answer. A signature
 * mismatch shows what the server signed, which holds the request's security token: the token must be
 * replaced, for RPC signature V1 and ACS3, on STS and on IMM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoEchoTest {

  private static final String MARKER = "TOPSECRET";

  private OssTestCloud oss;
  private RpcSdkCaptures imm;
  private RpcSdkCaptures sts;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    oss = OssTestCloud.start(dataDir);
    imm = RpcSdkCaptures.forImm(oss);
    sts = RpcSdkCaptures.forSts(oss);
  }

  @AfterAll
  void stop() throws Exception {
    imm.close();
    sts.close();
    oss.close();
  }

  static Stream<Arguments> files() {
    byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
    byte[] png = Arrays.copyOf(Fixtures.bytes(Fixtures.ASTRONAUT), 8 + 25 + 12);
    System.arraycopy(new byte[] {0, 0, 0, 100}, 0, png, 33, 4); // a chunk longer than the data
    System.arraycopy(marker, 0, png, 37, 4); // named "TOPS"
    return Stream.of(
        Arguments.of("a text file", concat(marker, " notes".getBytes(StandardCharsets.US_ASCII))),
        Arguments.of("text that starts like a bitmap", concat("BM".getBytes(StandardCharsets.US_ASCII), marker)),
        Arguments.of("a WebP whose first chunk is unknown",
            concat("RIFF\u0016\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1), marker, new byte[9])),
        Arguments.of("a PNG cut inside a chunk", png),
        Arguments.of("a GIF with a block of an unknown kind",
            concat("GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 0, 1, 0, 0, 0, 0}, marker)),
        Arguments.of("a JPEG with a misplaced marker",
            concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd8}, marker)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @ReliabilityCase(Row.RESPONSES_NO_ECHO)
  void imRefusesAFileWithoutQuotingIt(String name, byte[] file) throws Exception {
    String key = "uploads/echo/" + name.replace(' ', '-') + ".bin";
    OSS client = oss.client(SignVersion.V4, imm.stsCredentials());
    try {
      client.putObject(OssTestCloud.BUCKET, key, new ByteArrayInputStream(file));
    } finally {
      client.shutdown();
    }
    Answer answer = imm.detectImageFaces(RpcSdkCaptures.ACS3, "oss://" + OssTestCloud.BUCKET + "/" + key)
        .send(imm.port());
    assertTrue(answer.isError(400, "InvalidArgument"), answer.toString());
    assertFalse(quotes(answer.response().text(), file), answer.response().text());
  }

  @ParameterizedTest(name = "IMM, {0}")
  @ValueSource(strings = {RpcSdkCaptures.RPC_V1, RpcSdkCaptures.ACS3})
  @ReliabilityCase(Row.RESPONSES_NO_ECHO)
  void anImmSignatureMismatchDoesNotShowTheToken(String algorithm) throws Exception {
    Answer answer = imm.detectImageFacesWithAnotherSecret(algorithm).send(imm.port());
    assertRedacted(answer, imm.stsCredentials().securityToken());
  }

  @ParameterizedTest(name = "STS, {0}")
  @ValueSource(strings = {RpcSdkCaptures.RPC_V1, RpcSdkCaptures.ACS3})
  @ReliabilityCase(Row.RESPONSES_NO_ECHO)
  void anStsSignatureMismatchDoesNotShowTheToken(String algorithm) throws Exception {
    Answer answer = sts.assumeRoleWithTheTokenAndAnotherSecret(algorithm).send(sts.port());
    assertRedacted(answer, sts.stsCredentials().securityToken());
  }

  private static void assertRedacted(Answer answer, String token) {
    assertTrue(answer.isError(400, "SignatureDoesNotMatch"), answer.toString());
    String body = answer.response().text();
    assertFalse(body.contains(token), "the token is in " + body);
    assertTrue(body.contains("[security token]"), body);
  }

  /**
   * Whether {@code message} holds {@link #MARKER}, or four or more bytes of {@code file} in a row as hex
   * (spaced or not, either case), or a byte written as {@code 0x..}.
   */
  private static boolean quotes(String message, byte[] file) {
    String upper = message.toUpperCase(Locale.ROOT);
    if (upper.contains(MARKER) || upper.matches("(?s).*\\b0X[0-9A-F]{2}\\b.*")) {
      return true;
    }
    HexFormat spaced = HexFormat.ofDelimiter(" ").withUpperCase();
    HexFormat packed = HexFormat.of().withUpperCase();
    for (int i = 0; i + 4 <= file.length; i++) {
      if (upper.contains(spaced.formatHex(file, i, i + 4)) || upper.contains(packed.formatHex(file, i, i + 4))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
