package dev.ossdirect.app;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.server.Application;
import dev.ossdirect.server.ConfigurationException;
import dev.ossdirect.server.Deployment;
import dev.ossdirect.server.EmbeddedCloud;
import dev.ossdirect.server.EmbeddedCloudRequest;
import dev.ossdirect.server.ServerSettings;
import dev.ossdirect.signing.Clock;
import java.util.List;
import java.util.Map;

/** The app in local mode: the local cloud in this process, then the server against it. */
public final class LocalMode {

  private LocalMode() {}

  /**
   * Starts the app as {@code settings} say: local mode with the local cloud reading its own
   * {@code LOCALCLOUD_*} settings from {@code env}, or cloud mode when the settings are for it.
   */
  public static Application start(ServerSettings settings, Map<String, String> env) {
    return settings.cloudMode() ? Application.startCloud(settings) : start(settings, env, System::currentTimeMillis);
  }

  /** Starts local mode with the local cloud on {@code cloudClock}, which tests move forward. */
  public static Application start(ServerSettings settings, Map<String, String> env, Clock cloudClock) {
    return Application.startLocal(settings, request -> startCloud(cloudConfig(env), request), cloudClock);
  }

  /**
   * Starts the local cloud from {@code config} as {@code request} asks: the server's data folder and
   * clock, the page's origins in its CORS rule, and a role that allows what the server's session policies
   * ask for.
   */
  private static EmbeddedCloud startCloud(LocalCloudConfig config, EmbeddedCloudRequest request) {
    config.dataDir(request.dataDir()).clock(request.clock());
    String bucket = config.buckets().get(0).name();
    String immProjectArn = Deployment.immProjectArn(config.region(), config.accountId(), config.immProject());
    config.rolePolicies(List.of(request.rolePolicy(bucket, immProjectArn, "LOCALCLOUD_BUCKET", "LOCALCLOUD_IMM_PROJECT")))
        .allowedOrigins(request.pageOrigins())
        .maxObjectSize(request.maxObjectSize());
    LocalCloud cloud = LocalCloud.start(config);
    Deployment deployment = new Deployment("local", cloud.region(), cloud.accountId(), bucket, cloud.ossEndpoint(),
        cloud.immEndpoint(), config.immProject(), cloud.stsEndpoint(), cloud.roleArn());
    return new EmbeddedCloud(deployment, cloud.ramUserAccessKey().accessKeyId(),
        cloud.ramUserAccessKey().accessKeySecret(), cloud::close);
  }

  private static LocalCloudConfig cloudConfig(Map<String, String> env) {
    try {
      return LocalCloudConfig.fromEnvironment(env, List.of());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }
}
