package dev.ossdirect.localcloud.imm;

import java.util.Optional;

/**
 * An IMM {@code SourceURI}: {@code oss://<bucket>/<object key>}.
 *
 * @param bucket the bucket
 * @param key the object key, as stored (not URL-encoded)
 */
public record SourceUri(String bucket, String key) {

  private static final String SCHEME = "oss://";

  /** The bucket and key of {@code uri}, or empty when it is not {@code oss://bucket/key}. */
  public static Optional<SourceUri> parse(String uri) {
    if (uri == null || !uri.startsWith(SCHEME)) {
      return Optional.empty();
    }
    String rest = uri.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new SourceUri(rest.substring(0, slash), rest.substring(slash + 1)));
  }
}
