package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.io.IOException;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests signed with OSS V4 by the project's own signing library and sent with {@link RawHttp}: for what
 * Alibaba's SDK will not send (reversed part lists, out-of-range part numbers, hostile keys, bodies cut
 * short by a crash).
 */
final class SignedRequests {

  private final int port;
  private final String region;
  private final Credentials credentials;
  private final Clock clock;

  SignedRequests(int port, String region, Credentials credentials, Clock clock) {
    this.port = port;
    this.region = region;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Sends {@code method} on {@code key} of {@code bucket}, path-style, with {@code query} and a body. */
  RawHttp.Response send(String method, String bucket, String key, Map<String, String> query, byte[] body)
      throws IOException {
    return RawHttp.send(port, method, target(bucket, key, query), headers(method, bucket, key, query), body);
  }

  /**
   * Starts a PUT of {@code contentLength} bytes on {@code key}, with {@code query}, and returns the socket
   * for the caller to write the body to.
   */
  Socket startPut(String bucket, String key, Map<String, String> query, long contentLength)
      throws IOException {
    return RawHttp.startRequest(port, "PUT", target(bucket, key, query), headers("PUT", bucket, key, query),
        contentLength);
  }

  /** The signed headers of the request: Authorization, x-oss-date, x-oss-content-sha256 and the token. */
  Map<String, String> headers(String method, String bucket, String key, Map<String, String> query) {
    SignableRequest request =
        SignableRequest.builder(method, SignableRequest.ossPath(bucket, key)).query(query).build();
    return new LinkedHashMap<>(new OssSignatureV4(region, clock).sign(request, credentials).headers());
  }

  /** {@code /bucket/key?query}, the key percent-encoded as the SDKs do. */
  static String target(String bucket, String key, Map<String, String> query) {
    String path = "/" + bucket + "/" + PercentEncoding.encodePath(key);
    return query.isEmpty() ? path : path + "?" + QueryString.format(query);
  }
}
