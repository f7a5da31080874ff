package dev.ossdirect.localcloud.oss;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OSS request headers that change what an operation does and that the local OSS does not implement. A
 * request that carries one is refused with {@code NotImplemented} (501) before its body is read, so
 * nothing of it is stored: answering 200 as though the header were not there would tell the client that
 * OSS did what it asked (copied an object, made it public-read, encrypted it, called back its server)
 * when nothing of the kind happened.
 *
 * <p>Headers that change nothing a client can observe in the result are not listed and are accepted:
 * {@code x-oss-traffic-limit} (a speed limit), {@code x-oss-request-payer} (billing),
 * {@code x-oss-user-agent} (sent by ali-oss in browsers). Alibaba's SDKs send none of the listed headers
 * unless asked to. {@code x-oss-forbid-overwrite} is implemented ({@link ForbidOverwrite}), as are the
 * sub-resources the operations need ({@link OssOperation} refuses the others).
 */
final class UnimplementedHeaders {

  /** Each header, or prefix of a family of headers (lower case), and the feature it asks for. */
  private static final Map<String, String> FEATURES = features();

  private UnimplementedHeaders() {}

  /** {@code NotImplemented} if {@code headers} (lower-case names) hold one of the headers. */
  static void check(Map<String, String> headers) throws OssException {
    for (String name : headers.keySet()) {
      for (Map.Entry<String, String> feature : FEATURES.entrySet()) {
        if (name.startsWith(feature.getKey())) {
          throw OssException.notImplemented(feature.getValue() + " (the " + name + " header)");
        }
      }
    }
  }

  private static Map<String, String> features() {
    Map<String, String> features = new LinkedHashMap<>();
    // x-oss-copy-source, and its -if-match, -if-none-match, -if-modified-since, -if-unmodified-since, -range
    features.put("x-oss-copy-source", "CopyObject and UploadPartCopy");
    features.put("x-oss-metadata-directive", "CopyObject");
    features.put("x-oss-object-acl", "object ACLs");
    features.put("x-oss-storage-class", "storage classes");
    // x-oss-tagging, and CopyObject's x-oss-tagging-directive
    features.put("x-oss-tagging", "object tagging");
    // x-oss-callback and x-oss-callback-var
    features.put("x-oss-callback", "upload callbacks");
    // x-oss-server-side-encryption and -key-id, x-oss-server-side-data-encryption
    features.put("x-oss-server-side-", "server-side encryption");
    features.put("x-oss-symlink-target", "symbolic links");
    features.put("x-oss-complete-all", "completing a multipart upload with all its parts");
    return features;
  }
}
