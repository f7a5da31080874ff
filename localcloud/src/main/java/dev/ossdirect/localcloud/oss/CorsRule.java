package dev.ossdirect.localcloud.oss;

import java.util.List;

/**
 * One CORS rule of a bucket, as in OSS's {@code PutBucketCors}: which origins may call with which methods
 * and request headers, which response headers the browser may read, and how long a preflight may be cached.
 * Origins and headers may use one {@code *} wildcard.
 *
 * @param allowedOrigins origins such as {@code http://localhost:8080}, or {@code *}
 * @param allowedMethods {@code GET PUT POST DELETE HEAD}
 * @param allowedHeaders request headers, compared without case, such as {@code *} or {@code x-oss-*}
 * @param exposeHeaders response headers the browser may read, such as {@code ETag}
 * @param maxAgeSeconds how long a browser may cache the preflight answer; -1 to leave it out
 */
public record CorsRule(
    List<String> allowedOrigins,
    List<String> allowedMethods,
    List<String> allowedHeaders,
    List<String> exposeHeaders,
    int maxAgeSeconds) {

  public CorsRule {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedMethods = List.copyOf(allowedMethods);
    allowedHeaders = List.copyOf(allowedHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
  }

  /**
   * The rule a browser app needs for direct uploads: its origins, PUT, POST, GET, HEAD and DELETE (for
   * aborting multipart uploads), any request header, and ETag, x-oss-request-id and x-oss-ec exposed
   * (multipart uploads must read each part's ETag; the page shows the request id and the fine-grained error
   * code of a refusal, and the code of an error without a body is only in its header).
   */
  public static CorsRule forApp(List<String> origins) {
    return new CorsRule(
        origins,
        List.of("PUT", "POST", "GET", "HEAD", "DELETE"),
        List.of("*"),
        List.of("ETag", "x-oss-request-id", "x-oss-ec"),
        600);
  }
}
