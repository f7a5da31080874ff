package dev.ossdirect.server;

import java.net.URI;

/**
 * The cloud resources the app works with, resolved for one run: in cloud mode from the settings, in local
 * mode from the embedded local cloud. The browser is told these so that nothing is hard-coded in it.
 *
 * @param mode {@code cloud} or {@code local}
 * @param region the region of the bucket and the IMM project
 * @param accountId the account that owns the role, from its ARN
 * @param bucket the bucket uploads go to
 * @param ossEndpoint the OSS endpoint of the region, such as https://oss-cn-hangzhou.aliyuncs.com
 * @param immEndpoint the IMM endpoint
 * @param immProject the IMM project
 * @param stsEndpoint the STS endpoint the server calls
 * @param roleArn the role the server assumes for browsers
 */
public record Deployment(
    String mode,
    String region,
    String accountId,
    String bucket,
    URI ossEndpoint,
    URI immEndpoint,
    String immProject,
    URI stsEndpoint,
    String roleArn) {

  /**
   * The URL of the bucket as a browser must call it: path-style ({@code http://127.0.0.1:9102/bucket}) for
   * an IP address or localhost, as Alibaba's SDKs do, and virtual-hosted
   * ({@code https://bucket.oss-cn-hangzhou.aliyuncs.com}) otherwise.
   */
  public URI bucketUrl() {
    if (isPathStyle(ossEndpoint.getHost())) {
      return URI.create(ossEndpoint + "/" + bucket);
    }
    return URI.create(ossEndpoint.getScheme() + "://" + bucket + "." + ossEndpoint.getRawAuthority());
  }

  /** The ARN of the IMM project, as the session policy names it. */
  public String immProjectArn() {
    return immProjectArn(region, accountId, immProject);
  }

  /** {@code acs:imm:<region>:<account>:project/<project>}. */
  public static String immProjectArn(String region, String accountId, String project) {
    return "acs:imm:" + region + ":" + accountId + ":project/" + project;
  }

  /** The origin ({@code scheme://host[:port]}) of {@code uri}, as a Content-Security-Policy source. */
  public static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static boolean isPathStyle(String host) {
    return host.equals("localhost") || host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
