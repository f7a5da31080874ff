package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A local cloud in a JVM of its own, for {@link CrashTest} to kill: {@code java KillableLocalCloud <data
 * dir>} prints {@code OSS_PORT=<port>} once it serves, then serves until it is killed. Its RAM user has a
 * fixed AccessKey pair and may do anything on OSS, so the test can sign requests without STS.
 */
public final class KillableLocalCloud {

  static final String ACCESS_KEY_ID = "LTAI5tKillableCloud00000";
  static final String ACCESS_KEY_SECRET = "killable-cloud-secret";

  private KillableLocalCloud() {}

  public static void main(String[] args) throws InterruptedException {
    LocalCloud cloud = LocalCloud.start(config(Path.of(args[0])));
    System.out.println("OSS_PORT=" + cloud.ossEndpoint().getPort());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** The configuration of the killable cloud, and of the cloud that restarts on its data folder. */
  static LocalCloudConfig config(Path dataDir) {
    return new LocalCloudConfig()
        .ports(0, 0, 0)
        .dataDir(dataDir)
        .accessKey(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
        .userPolicies(List.of(
            OssTestCloud.allow("sts:AssumeRole", "*"), OssTestCloud.allow("oss:*", "acs:oss:*:*:*")));
  }
}
