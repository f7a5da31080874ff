package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oss.OssRequestSigner;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.io.IOException;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests signed with OSS V4 (or V1) by the project's own signing library and sent with {@link RawHttp}:
 * for what Alibaba's SDK will not send (reversed part lists, out-of-range part numbers, hostile keys,
 * bodies cut short by a crash).
 */
public final class SignedRequests {

  private final int port;
  private final OssRequestSigner signer;
  private final Credentials credentials;

  /** Requests signed with OSS V4 for {@code region}, dated by {@code clock}. */
  public SignedRequests(int port, String region, Credentials credentials, Clock clock) {
    this(port, new OssSignatureV4(region, clock), credentials);
  }

  /** Requests signed by {@code signer}, such as {@link dev.ossdirect.signing.oss.OssSignatureV1}. */
  public SignedRequests(int port, OssRequestSigner signer, Credentials credentials) {
    this.port = port;
    this.signer = signer;
    this.credentials = credentials;
  }

  /** The port the requests go to. */
  public int port() {
    return port;
  }

  /** Sends {@code method} on {@code key} of {@code bucket}, path-style, with {@code query} and a body. */
  public RawHttp.Response send(String method, String bucket, String key, Map<String, String> query, byte[] body)
      throws IOException {
    return RawHttp.send(port, method, target(bucket, key, query), headers(method, bucket, key, query), body);
  }

  /**
   * Starts a PUT of {@code contentLength} bytes on {@code key}, with {@code query}, and returns the socket
   * for the caller to write the body to.
   */
  public Socket startPut(String bucket, String key, Map<String, String> query, long contentLength)
      throws IOException {
    return RawHttp.startRequest(port, "PUT", target(bucket, key, query), headers("PUT", bucket, key, query),
        contentLength);
  }

  /** The signed headers of the request: Authorization, x-oss-date, x-oss-content-sha256 and the token. */
  public Map<String, String> headers(String method, String bucket, String key, Map<String, String> query) {
    return headers(method, bucket, key, query, Map.of());
  }

  /**
   * The headers of the request with {@code extra} headers (such as {@code Content-MD5}) signed too: those,
   * Authorization, x-oss-date, x-oss-content-sha256 and the token.
   */
  public Map<String, String> headers(
      String method, String bucket, String key, Map<String, String> query, Map<String, String> extra) {
    SignableRequest request = SignableRequest.builder(method, SignableRequest.ossPath(bucket, key))
        .query(query).headers(extra).build();
    return new LinkedHashMap<>(signer.sign(request, credentials).headers());
  }

  /** {@code /bucket/key?query}, the key percent-encoded as the SDKs do. */
  public static String target(String bucket, String key, Map<String, String> query) {
    String path = "/" + bucket + "/" + PercentEncoding.encodePath(key);
    return query.isEmpty() ? path : path + "?" + QueryString.format(query);
  }
}
