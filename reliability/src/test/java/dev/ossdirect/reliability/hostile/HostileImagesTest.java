package dev.ossdirect.reliability.hostile;

import static dev.ossdirect.reliability.hostile.HostileOss.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.localcloud.imm.images.Bombs;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.tamper.RpcSdkCaptures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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
 * Files that are not pictures, or not whole ones, stored in OSS and sent to IMM DetectImageFaces through
 * the IMM SDK's request: each gets a 4xx in RPC JSON ({@code InvalidArgument} for what cannot be decoded
 * or is too large, {@code ResourceNotFound} for what is not there), never a 5xx or a hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImagesTest {

  private HostileOss hostile;
  private RpcSdkCaptures imm;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
    imm = RpcSdkCaptures.forImm(hostile.oss);
  }

  @AfterAll
  void stop() throws Exception {
    imm.close();
    hostile.close();
  }

  static Stream<Arguments> files() {
    byte[] jpeg = Fixtures.bytes(Fixtures.GRACE_HOPPER);
    byte[] png = Fixtures.bytes(Fixtures.ASTRONAUT);
    return Stream.of(
        Arguments.of("a text file", "not a picture".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("an empty file", new byte[0]),
        Arguments.of("random bytes", OssBytes.random(50_000, 5)),
        Arguments.of("an SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"file:///etc/passwd\"/></svg>"
            .getBytes(StandardCharsets.UTF_8)),
        Arguments.of("a truncated JPEG", Fixtures.firstHalf(Fixtures.GRACE_HOPPER)),
        Arguments.of("a JPEG cut after its header", Arrays.copyOf(jpeg, 600)),
        Arguments.of("a truncated PNG", Fixtures.firstHalf(Fixtures.ASTRONAUT)),
        Arguments.of("a PNG signature alone", Arrays.copyOf(png, 8)),
        Arguments.of("a JPEG declaring 65000 x 65000 pixels", Bombs.jpegHeader(65_000, 65_000)),
        Arguments.of("a PNG decompression bomb of 20000 x 20000 pixels", Bombs.blackPng(20_000, 20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aFileThatIsNotAWholePictureIsInvalidArgument(String name, byte[] file) throws Exception {
    String key = "uploads/hostile/" + name.replace(' ', '-') + ".bin";
    assertEquals(200, hostile.signed.send("PUT", BUCKET, key, Map.of(), file).status());
    hostile.checkRefused(Row.HOSTILE_IMAGES,
        () -> imm.detectImageFaces(RpcSdkCaptures.ACS3, "oss://" + BUCKET + "/" + key).send(imm.port()),
        400, "InvalidArgument");
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of("an object that does not exist", "oss://" + BUCKET + "/uploads/none.jpg", 404,
            "ResourceNotFound"),
        Arguments.of("a bucket that does not exist", "oss://no-such-bucket/uploads/a.jpg", 400, "InvalidArgument"),
        Arguments.of("an http URL", "http://127.0.0.1/etc/passwd", 400, "InvalidArgument"),
        Arguments.of("a file URL", "file:///etc/passwd", 400, "InvalidArgument"),
        Arguments.of("a bucket without a key", "oss://" + BUCKET + "/", 400, "InvalidArgument"),
        Arguments.of("a key that climbs", "oss://" + BUCKET + "/../../etc/passwd", 404, "ResourceNotFound"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void aSourceThatIsNotAnObjectIsRefused(String name, String sourceUri, int status, String code)
      throws Exception {
    hostile.checkRefused(Row.HOSTILE_IMAGES,
        () -> imm.detectImageFaces(RpcSdkCaptures.ACS3, sourceUri).send(imm.port()), status, code);
  }
}
