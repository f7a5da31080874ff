package dev.ossdirect.reliability.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.GeneratePresignedUrlRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PutObjectRequest;
import com.aliyun.oss.model.UploadPartRequest;
import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.OssTestCloud;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.reliability.wire.Answer;
import dev.ossdirect.reliability.wire.CapturedRequest;
import dev.ossdirect.reliability.wire.RecordingEndpoint;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests that Alibaba's OSS SDK makes with an STS token and one signature version, captured by a
 * {@link RecordingEndpoint} (header-signed requests) or taken from its signed URLs, and the check of one
 * tamper case against the local OSS: the answer, and that no object was lost or changed on the way.
 *
 * <p>Every PutObject writes {@link #KEY} with the same {@link #BODY}, its {@code Content-Type},
 * {@code Content-MD5} and a user metadata header signed; for V4 {@code Content-Disposition} is also
 * signed, as an additional header.
 */
public final class OssSdkCaptures implements Captures<OssSdkCaptures> {

  public static final String BUCKET = OssTestCloud.BUCKET;
  public static final String KEY = "uploads/tamper/picture.jpg";
  public static final byte[] BODY = OssBytes.random(4096, 42);
  public static final String CONTENT_TYPE = "image/jpeg";

  private final OssTestCloud oss;
  private final SignVersion version;
  private final Credentials credentials;
  private final RecordingEndpoint recorder;
  private final OSS recordingClient;
  private final OSS directClient;
  private final String uploadId;

  public OssSdkCaptures(OssTestCloud oss, SignVersion version) throws Exception {
    this.oss = oss;
    this.version = version;
    this.credentials = oss.assumeRole();
    this.recorder = RecordingEndpoint.forOss();
    this.recordingClient = oss.client(version, credentials, recorder.uri());
    this.directClient = oss.client(version, credentials);
    this.uploadId = directClient.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, KEY))
        .getUploadId();
  }

  /** The PutObject of {@link #BODY} to {@link #KEY}, with its MD5 signed. */
  public CapturedRequest putObject() throws Exception {
    return recorder.capture(() -> recordingClient.putObject(putRequest(true)));
  }

  /** The same PutObject without {@code Content-MD5}: nothing then signs the body. */
  public CapturedRequest putObjectWithoutMd5() throws Exception {
    return recorder.capture(() -> recordingClient.putObject(putRequest(false)));
  }

  /** The same PutObject signed by an SDK given another secret than the token's. */
  public CapturedRequest putObjectSignedWithAnotherSecret() throws Exception {
    Credentials wrong = Credentials.temporary(credentials.accessKeyId(), credentials.accessKeySecret() + "x",
        credentials.securityToken(), credentials.expirationMillis());
    OSS client = oss.client(version, wrong, recorder.uri());
    try {
      return recorder.capture(() -> client.putObject(putRequest(true)));
    } finally {
      client.shutdown();
    }
  }

  /** UploadPart of part 1 of an upload of {@link #KEY}: {@code partNumber} and {@code uploadId} signed. */
  public CapturedRequest uploadPart() throws Exception {
    return recorder.capture(() -> recordingClient.uploadPart(
        new UploadPartRequest(BUCKET, KEY, uploadId, 1, new ByteArrayInputStream(BODY), BODY.length)));
  }

  /** A PUT of {@link #BODY} to {@link #KEY} through a signed URL valid for an hour, Content-Type signed. */
  public CapturedRequest signedUrlPut() {
    return signedUrlPut(new Date(oss.clock.currentTimeMillis() + 3_600_000L));
  }

  /** The same PUT through a signed URL that stops being valid at {@code expiration}. */
  public CapturedRequest signedUrlPut(Date expiration) {
    return signedUrlPut(directClient, expiration);
  }

  /** The same signed URL, made by an SDK given another secret than the token's. */
  public CapturedRequest signedUrlPutWithAnotherSecret() {
    Credentials wrong = Credentials.temporary(credentials.accessKeyId(), credentials.accessKeySecret() + "x",
        credentials.securityToken(), credentials.expirationMillis());
    OSS client = oss.client(version, wrong);
    try {
      return signedUrlPut(client, new Date(oss.clock.currentTimeMillis() + 3_600_000L));
    } finally {
      client.shutdown();
    }
  }

  private CapturedRequest signedUrlPut(OSS client, Date expiration) {
    GeneratePresignedUrlRequest request = new GeneratePresignedUrlRequest(BUCKET, KEY, HttpMethod.PUT);
    request.setExpiration(expiration);
    request.setContentType(CONTENT_TYPE);
    URL url = client.generatePresignedUrl(request);
    return new CapturedRequest("PUT", url.getFile(),
        List.of(Map.entry("Host", url.getAuthority()), Map.entry("Content-Type", CONTENT_TYPE),
            Map.entry("User-Agent", "aliyun-sdk-java")), BODY);
  }

  /**
   * Sends the request of {@code tamper} to the local OSS and checks its answer, then that nothing was lost:
   * an accepted PUT stored exactly its body, and a refused request left {@link #KEY} as it was and created
   * nothing under another key.
   */
  @Override
  public void check(Tamper<OssSdkCaptures> tamper, Row row) throws Exception {
    CapturedRequest request = tamper.variant().from(this);
    Optional<String> before = StoredObjects.md5(oss.cloud.objectStore(), BUCKET, KEY);
    Answer answer = request.send(oss.ossPort());
    String key = keyOf(request);
    boolean isPutObject = request.method().equals("PUT") && request.query("uploadId") == null;
    int lost = 0;
    if (answer.accepted() && isPutObject && key != null) {
      lost = StoredObjects.md5(oss.cloud.objectStore(), BUCKET, key)
          .equals(Optional.of(StoredObjects.md5(request.body()))) ? 0 : 1;
    } else if (!answer.accepted()) {
      boolean keyUnchanged = StoredObjects.md5(oss.cloud.objectStore(), BUCKET, KEY).equals(before);
      boolean nothingElse = key == null || key.equals(KEY)
          || StoredObjects.md5(oss.cloud.objectStore(), BUCKET, key).isEmpty();
      lost = keyUnchanged && nothingElse ? 0 : 1;
    }
    boolean answered = tamper.expected().matches(answer);
    Ledger.record(Tally.of(row, 1, answered && lost == 0 ? 1 : 0, lost));
    assertTrue(answered, request + " should get " + tamper.expected() + ", got "
        + answer);
    assertEquals(0, lost, "the request changed what the bucket holds");
  }

  /** The decoded key a request addresses in {@link #BUCKET}, or {@code null} if it is not a valid one. */
  private static String keyOf(CapturedRequest request) {
    String prefix = "/" + BUCKET + "/";
    if (!request.path().startsWith(prefix)) {
      return null;
    }
    try {
      return PercentEncoding.decode(request.path().substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private PutObjectRequest putRequest(boolean withMd5) throws Exception {
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentType(CONTENT_TYPE);
    metadata.addUserMetadata("album", "holidays");
    if (withMd5) {
      metadata.setContentMD5(OssBytes.contentMd5(BODY));
    }
    PutObjectRequest request = new PutObjectRequest(BUCKET, KEY, new ByteArrayInputStream(BODY), metadata);
    if (version == SignVersion.V4) {
      metadata.setContentDisposition("inline");
      request.setAdditionalHeaderNames(Set.of("content-disposition"));
    }
    return request;
  }

  @Override
  public void close() throws Exception {
    recordingClient.shutdown();
    directClient.shutdown();
    recorder.close();
  }
}
