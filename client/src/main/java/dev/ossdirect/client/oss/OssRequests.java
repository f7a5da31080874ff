package dev.ossdirect.client.oss;

import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.http.ChosenFile;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oss.OssRequestSigner;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.upload.CompleteMultipartUploadXml;
import java.util.List;

/**
 * Builds the signed OSS requests of an upload: PutObject, and InitiateMultipartUpload, UploadPart,
 * CompleteMultipartUpload and AbortMultipartUpload. Each is signed with the session's signature version
 * and credential, the STS token riding in {@code x-oss-security-token}.
 *
 * <p>The signed path is always {@code /bucket/key}; the URL is the session's bucket URL (path-style or
 * virtual-hosted, as the server says) plus the encoded key.
 */
public final class OssRequests {

  /** How long a request without a body may take. */
  static final int CONTROL_TIMEOUT_MILLIS = 30_000;

  /**
   * The slowest upload speed a body may have before its request is given up as stalled. A 5 MiB part
   * gets 30 s plus 160 s.
   */
  static final long SLOWEST_BYTES_PER_SECOND = 32 * 1024;

  private final Clock clock;

  /** Requests dated by {@code clock}. */
  public OssRequests(Clock clock) {
    this.clock = clock;
  }

  /** PutObject of the whole {@code file} as {@code key}, stored with {@code contentType}. */
  public HttpRequest putObject(SessionConfig session, String key, String contentType, ChosenFile file) {
    SignableRequest request = SignableRequest.builder("PUT", SignableRequest.ossPath(session.bucket(), key))
        .header("Content-Type", contentType)
        .build();
    ByteRange whole = new ByteRange(0, file.size());
    return signed(session, key, request).fileBody(file, whole).timeoutMillis(timeoutFor(whole.length())).build();
  }

  /** InitiateMultipartUpload ({@code POST ?uploads}); the object will have {@code contentType}. */
  public HttpRequest initiateMultipartUpload(SessionConfig session, String key, String contentType) {
    SignableRequest request = SignableRequest.builder("POST", SignableRequest.ossPath(session.bucket(), key))
        .query("uploads", "")
        .header("Content-Type", contentType)
        .build();
    return signed(session, key, request).timeoutMillis(CONTROL_TIMEOUT_MILLIS).build();
  }

  /** UploadPart ({@code PUT ?partNumber=N&uploadId=…}) of {@code range} of {@code file}. */
  public HttpRequest uploadPart(
      SessionConfig session, String key, String uploadId, int partNumber, ChosenFile file, ByteRange range) {
    SignableRequest request = SignableRequest.builder("PUT", SignableRequest.ossPath(session.bucket(), key))
        .query("partNumber", Integer.toString(partNumber))
        .query("uploadId", uploadId)
        .build();
    return signed(session, key, request).fileBody(file, range).timeoutMillis(timeoutFor(range.length())).build();
  }

  /** CompleteMultipartUpload ({@code POST ?uploadId=…}) with each part number's ETag. */
  public HttpRequest completeMultipartUpload(
      SessionConfig session, String key, String uploadId, List<String> etags) {
    SignableRequest request = SignableRequest.builder("POST", SignableRequest.ossPath(session.bucket(), key))
        .query("uploadId", uploadId)
        .header("Content-Type", "application/xml")
        .build();
    return signed(session, key, request)
        .textBody(CompleteMultipartUploadXml.of(etags))
        .timeoutMillis(CONTROL_TIMEOUT_MILLIS)
        .build();
  }

  /** AbortMultipartUpload ({@code DELETE ?uploadId=…}): OSS drops every part sent so far. */
  public HttpRequest abortMultipartUpload(SessionConfig session, String key, String uploadId) {
    SignableRequest request = SignableRequest.builder("DELETE", SignableRequest.ossPath(session.bucket(), key))
        .query("uploadId", uploadId)
        .build();
    return signed(session, key, request).timeoutMillis(CONTROL_TIMEOUT_MILLIS).build();
  }

  private HttpRequest.Builder signed(SessionConfig session, String key, SignableRequest request) {
    SignableRequest signed = signer(session).sign(request, session.credentials());
    String query = QueryString.format(request);
    String url = session.ossEndpoint() + "/" + PercentEncoding.encodePath(key) + (query.isEmpty() ? "" : "?" + query);
    return HttpRequest.builder(request.method(), url).headersOf(signed);
  }

  private OssRequestSigner signer(SessionConfig session) {
    return session.ossSignatureVersion() == OssSignatureVersion.V1
        ? new OssSignatureV1(clock)
        : new OssSignatureV4(session.region(), clock);
  }

  /** The timeout for a request sending {@code bodyBytes}: 30 s, plus the body at the slowest speed. */
  public static int timeoutFor(long bodyBytes) {
    double bodyMillis = Math.floor(bodyBytes * 1000.0 / SLOWEST_BYTES_PER_SECOND);
    return (int) Math.min(Integer.MAX_VALUE, CONTROL_TIMEOUT_MILLIS + bodyMillis);
  }
}
