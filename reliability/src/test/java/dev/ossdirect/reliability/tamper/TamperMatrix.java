package dev.ossdirect.reliability.tamper;

import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Row;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tamper matrix of one signing scheme: a local cloud, the requests an official SDK makes for it, the
 * changes to their signed parts (each must get its precise error) and to their unsigned parts (each must
 * still be accepted). A subclass names the scheme's cases and rows.
 *
 * @param <S> what captures the scheme's requests
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TamperMatrix<S extends Captures<S>> {

  static final Expected OSS_MISMATCH = Expected.error(403, "SignatureDoesNotMatch");
  static final Expected RPC_MISMATCH = Expected.error(400, "SignatureDoesNotMatch");

  OssTestCloud oss;
  S captures;

  /** What captures the scheme's requests, on {@code oss}. */
  abstract S captures(OssTestCloud oss) throws Exception;

  /** Each signed part changed, with the error it must get. */
  abstract Stream<Tamper<S>> signedChanges() throws Exception;

  /** The request as captured and each unsigned part changed: all must be accepted. */
  abstract Stream<Tamper<S>> unsignedChanges() throws Exception;

  abstract Row signedRow();

  abstract Row unsignedRow();

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    oss = OssTestCloud.start(dataDir);
    captures = captures(oss);
  }

  @AfterAll
  void stop() throws Exception {
    captures.close();
    oss.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedChanges")
  void aChangedSignedPartGetsItsError(Tamper<S> tamper) throws Exception {
    captures.check(tamper, signedRow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsignedChanges")
  void aChangedUnsignedPartIsStillAccepted(Tamper<S> tamper) throws Exception {
    captures.check(tamper, unsignedRow());
  }
}
