package dev.ossdirect.server;

import dev.ossdirect.localcloud.LocalCloud;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server in cloud mode, pointed at a local cloud's endpoints exactly as it would be at Alibaba Cloud,
 * serving the local cloud's first bucket and its IMM project on a free port.
 */
public final class CloudModeApp {

  /** The session key the instances of a test share unless it gives another: 32 bytes in hex. */
  public static final String SESSION_KEY = "0123456789abcdef".repeat(4);

  private CloudModeApp() {}

  /** Cloud mode on {@code cloud}, assuming its role as its RAM user. */
  public static Application start(LocalCloud cloud) {
    return start(cloud, List.of());
  }

  /** Cloud mode on {@code cloud}, assuming its role as its RAM user, with {@code flags} on top of the defaults. */
  public static Application start(LocalCloud cloud, List<String> flags) {
    return start(cloud, cloud.stsEndpoint().toString(), cloud.roleArn(), cloud.ramUserAccessKey().accessKeySecret(),
        flags);
  }

  /**
   * Cloud mode on {@code cloud}, but calling STS at {@code stsEndpoint} to assume {@code roleArn} as the RAM
   * user with {@code secret}: any of them may be wrong, as a misconfigured server's would be.
   */
  public static Application start(LocalCloud cloud, String stsEndpoint, String roleArn, String secret) {
    return start(cloud, stsEndpoint, roleArn, secret, List.of());
  }

  private static Application start(
      LocalCloud cloud, String stsEndpoint, String roleArn, String secret, List<String> flags) {
    return Application.startCloud(settings(cloud, stsEndpoint, roleArn, flags), new com.aliyun.credentials.Client(
        new com.aliyun.credentials.models.Config()
            .setType("access_key")
            .setAccessKeyId(cloud.ramUserAccessKey().accessKeyId())
            .setAccessKeySecret(secret)));
  }

  /**
   * Cloud-mode settings for {@code cloud} as an operator would export them, for a server in another
   * process: on a free loopback port, with the shared session key. A mutable copy, to change.
   */
  public static Map<String, String> environment(LocalCloud cloud) {
    Map<String, String> env = new HashMap<>();
    env.put("OSSDIRECT_REGION", cloud.region());
    env.put("OSSDIRECT_BUCKET", cloud.config().buckets().get(0).name());
    env.put("OSSDIRECT_IMM_PROJECT", cloud.config().immProject());
    env.put("OSSDIRECT_ROLE_ARN", cloud.roleArn());
    env.put("OSSDIRECT_STS_ENDPOINT", cloud.stsEndpoint().toString());
    env.put("OSSDIRECT_OSS_ENDPOINT", cloud.ossEndpoint().toString());
    env.put("OSSDIRECT_IMM_ENDPOINT", cloud.immEndpoint().toString());
    env.put("OSSDIRECT_SESSION_KEY", SESSION_KEY);
    env.put("OSSDIRECT_HOST", "127.0.0.1");
    env.put("OSSDIRECT_PORT", "0");
    return env;
  }

  /** The settings for cloud mode on {@code cloud}, with {@code flags} on top of the defaults. */
  static ServerSettings settings(LocalCloud cloud, List<String> flags) {
    return settings(cloud, cloud.stsEndpoint().toString(), cloud.roleArn(), flags);
  }

  private static ServerSettings settings(LocalCloud cloud, String stsEndpoint, String roleArn, List<String> flags) {
    Map<String, String> env = Map.of(
        "OSSDIRECT_REGION", cloud.region(),
        "OSSDIRECT_BUCKET", cloud.config().buckets().get(0).name(),
        "OSSDIRECT_IMM_PROJECT", cloud.config().immProject(),
        "OSSDIRECT_ROLE_ARN", roleArn,
        "OSSDIRECT_STS_ENDPOINT", stsEndpoint,
        "OSSDIRECT_OSS_ENDPOINT", cloud.ossEndpoint().toString(),
        "OSSDIRECT_IMM_ENDPOINT", cloud.immEndpoint().toString(),
        "OSSDIRECT_SESSION_KEY", SESSION_KEY);
    List<String> args = new ArrayList<>(List.of("--port=0", "--host=127.0.0.1", "--rate-limit=0"));
    args.addAll(flags);
    return ServerSettings.read(env, args);
  }
}
