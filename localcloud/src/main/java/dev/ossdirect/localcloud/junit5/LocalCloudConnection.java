package dev.ossdirect.localcloud.junit5;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.oss.BucketConfig;
import java.net.URI;
import java.util.List;

/**
 * What a client needs to reach a local cloud started by {@link LocalCloudTest}: the endpoints, the region,
 * the buckets and IMM project, the RAM user's AccessKey pair, which may call AssumeRole, and the role to
 * assume. Alibaba's SDKs take the STS and IMM endpoints as {@code host:port} with protocol {@code http}
 * ({@link URI#getAuthority()}), and the OSS endpoint whole.
 *
 * @param stsEndpoint {@code http://127.0.0.1:<port>}
 * @param ossEndpoint {@code http://127.0.0.1:<port>}; buckets are addressed path-style
 * @param immEndpoint {@code http://127.0.0.1:<port>}
 * @param region the region, in OSS's V4 signatures and in ARNs
 * @param accountId the account id in ARNs
 * @param buckets the buckets, in the order they were set
 * @param immProject the IMM project
 * @param accessKeyId the RAM user's AccessKey id
 * @param accessKeySecret the RAM user's AccessKey secret
 * @param roleArn the role the RAM user may assume
 */
public record LocalCloudConnection(
    URI stsEndpoint,
    URI ossEndpoint,
    URI immEndpoint,
    String region,
    String accountId,
    List<String> buckets,
    String immProject,
    String accessKeyId,
    String accessKeySecret,
    String roleArn) {

  public LocalCloudConnection {
    buckets = List.copyOf(buckets);
  }

  /** The connection to {@code cloud}. */
  public static LocalCloudConnection to(LocalCloud cloud) {
    return new LocalCloudConnection(
        cloud.stsEndpoint(),
        cloud.ossEndpoint(),
        cloud.immEndpoint(),
        cloud.region(),
        cloud.accountId(),
        cloud.config().buckets().stream().map(BucketConfig::name).toList(),
        cloud.config().immProject(),
        cloud.ramUserAccessKey().accessKeyId(),
        cloud.ramUserAccessKey().accessKeySecret(),
        cloud.roleArn());
  }

  /** The first bucket. */
  public String bucket() {
    return buckets.get(0);
  }

  /** Everything but the secret, which test reports and logs must not show. */
  @Override
  public String toString() {
    return "LocalCloudConnection{sts=" + stsEndpoint + ", oss=" + ossEndpoint + ", imm=" + immEndpoint
        + ", region=" + region + ", buckets=" + buckets + ", accessKeyId=" + accessKeyId + ", role="
        + roleArn + "}";
  }
}
