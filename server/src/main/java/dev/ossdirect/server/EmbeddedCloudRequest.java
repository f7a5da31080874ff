package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import java.nio.file.Path;
import java.util.List;

/**
 * What local mode asks of the cloud stand-in it starts, once the page's port is known: the stand-in's
 * CORS rule must name the page's origin, and its role must allow what the server's session policies ask
 * for.
 *
 * @param settings the server's settings, with the port it will listen on
 * @param clock the clock the stand-in runs on, and the server's token cache with it, since the cache
 *     judges the lifetimes of the tokens that this stand-in issues
 */
public record EmbeddedCloudRequest(ServerSettings settings, Clock clock) {

  /** OSS's largest object: the stand-in stores at least this much, more when the server allows more. */
  private static final long OSS_MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024;

  /** Where the stand-in keeps its objects. */
  public Path dataDir() {
    return settings.dataDir();
  }

  /** The page's origins, by name and by address, for the bucket's CORS rule and IMM. */
  public List<String> pageOrigins() {
    return List.of("http://localhost:" + settings.port(), "http://127.0.0.1:" + settings.port());
  }

  /** The largest object the stand-in must store. */
  public long maxObjectSize() {
    return Math.max(settings.maxFileSize(), OSS_MAX_OBJECT_SIZE);
  }

  /**
   * The role's policy for {@code bucket} and the IMM project {@code immProjectArn}: what README's
   * cloud-mode steps give the role (the tutorial's policies, corrected so that cancelled multipart uploads
   * can be aborted). Throws {@link ConfigurationException}, naming {@code bucketVariable} and
   * {@code projectVariable}, when a session's policy for them would be over STS's limit.
   */
  public String rolePolicy(String bucket, String immProjectArn, String bucketVariable, String projectVariable) {
    Application.checkSessionPolicySize(
        bucket, settings.uploadPrefix(), immProjectArn, bucketVariable, projectVariable);
    return SessionPolicy.document(bucket, settings.uploadPrefix(), immProjectArn);
  }
}
