package dev.ossdirect.server;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.util.List;

/**
 * Local mode's cloud for the server's tests: the local cloud on free ports, configured for the server as
 * the all-in-one launcher configures it, and kept at hand for tests that look inside it.
 */
public final class LocalCloudStarter implements EmbeddedCloud.Starter {

  private LocalCloud cloud;

  @Override
  public EmbeddedCloud start(EmbeddedCloudRequest request) {
    LocalCloudConfig config = new LocalCloudConfig().ports(0, 0, 0).dataDir(request.dataDir()).clock(request.clock());
    String immProjectArn = Deployment.immProjectArn(config.region(), config.accountId(), config.immProject());
    cloud = LocalCloud.start(config
        .rolePolicies(List.of(request.rolePolicy(
            config.buckets().get(0).name(), immProjectArn, "LOCALCLOUD_BUCKET", "LOCALCLOUD_IMM_PROJECT")))
        .allowedOrigins(request.pageOrigins())
        .maxObjectSize(request.maxObjectSize()));
    return new EmbeddedCloud(new Deployment("local", cloud.region(), cloud.accountId(),
        config.buckets().get(0).name(), cloud.ossEndpoint(), cloud.immEndpoint(), config.immProject(),
        cloud.stsEndpoint(), cloud.roleArn()),
        cloud.ramUserAccessKey().accessKeyId(), cloud.ramUserAccessKey().accessKeySecret(), cloud::close);
  }

  /** The local cloud it started last. */
  public LocalCloud cloud() {
    return cloud;
  }
}
