package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bucket and object a request addresses, found as OSS clients address them:
 *
 * <ul>
 *   <li>path style, {@code http://127.0.0.1:9102/bucket/key}, when the host is an IP address or a name of
 *       one label such as {@code localhost} (what Alibaba's SDKs do for such endpoints);
 *   <li>virtual-hosted style, {@code http://bucket.localhost:9102/key}, when the host has several labels:
 *       the first one is the bucket.
 * </ul>
 *
 * <p>The path is the raw request target (the HTTP server passes it through undecoded). The key is
 * percent-decoded exactly once, strictly: a broken escape or bytes that are not UTF-8 make the name
 * invalid, and an escape that decodes to {@code %} stays a literal {@code %} in the key. The decoded key
 * must then follow {@link ObjectNames}.
 *
 * @param bucket the bucket name, or {@code null} for a request to the service itself
 * @param key the decoded object key, or {@code null} for a request to the bucket
 * @param hostName the host the request was sent to, without the port (for {@code HostId} in errors)
 */
record RequestTarget(String bucket, String key, String hostName) {

  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** The target of a request for {@code rawPath} sent to {@code hostHeader} (which may be {@code null}). */
  static RequestTarget parse(String hostHeader, String rawPath) throws OssException {
    String hostName = hostName(hostHeader);
    if (rawPath == null || !rawPath.startsWith("/")) {
      throw new OssException(400, "InvalidURI", "Couldn't parse the specified URI.");
    }
    String path = rawPath.substring(1);
    if (!isPathStyleHost(hostName)) {
      String bucket = hostName.substring(0, hostName.indexOf('.'));
      return new RequestTarget(bucketName(bucket), key(path), hostName);
    }
    if (path.isEmpty()) {
      return new RequestTarget(null, null, hostName);
    }
    int slash = path.indexOf('/');
    String bucket = slash < 0 ? path : path.substring(0, slash);
    return new RequestTarget(bucketName(bucket), slash < 0 ? null : key(path.substring(slash + 1)), hostName);
  }

  /** Whether the bucket was named by the host rather than by the path. */
  boolean isVirtualHosted() {
    return !isPathStyleHost(hostName);
  }

  /** The path that signatures cover: {@code /bucket/key}, {@code /bucket/} or {@code /}. */
  String resourcePath() {
    return SignableRequest.ossPath(bucket, key);
  }

  /** The host name of a {@code Host} header: lower case, without the port; empty when there is none. */
  static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  private static boolean isPathStyleHost(String hostName) {
    return hostName.indexOf('.') < 0 || hostName.startsWith("[") || IPV4.matcher(hostName).matches();
  }

  private static String bucketName(String name) throws OssException {
    if (!BUCKET_NAME.matcher(name).matches()) {
      throw new OssException(400, "InvalidBucketName", "The specified bucket is not valid.")
          .with("BucketName", name)
          .diagnosed(FineGrainedErrorCode.INVALID_BUCKET_NAME);
    }
    return name;
  }

  private static String key(String rawKey) throws OssException {
    if (rawKey.isEmpty()) {
      return null;
    }
    String key;
    try {
      key = PercentEncoding.decode(rawKey);
    } catch (IllegalArgumentException e) {
      throw OssException.invalidObjectName("The specified object is not valid: " + e.getMessage() + ".");
    }
    ObjectNames.check(key);
    return key;
  }
}
