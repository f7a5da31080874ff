package dev.ossdirect.localcloud.oss;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.TestClock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A local cloud for OSS tests, on free ports and a test's data folder, with a clock the test can move,
 * STS credentials issued by its own STS through Alibaba's STS SDK, and Alibaba's OSS SDK as the client.
 *
 * <p>The role may put objects under {@code uploads/} (the default policy) and, for the tests' sake, also
 * read, delete, list the parts of and abort uploads of objects there.
 */
public final class OssTestCloud implements AutoCloseable {

  public static final String BUCKET = "web-direct-upload";
  public static final String APP_ORIGIN = "http://localhost:8080";

  public final TestClock clock = new TestClock();
  public final Path dataDir;
  public final LocalCloud cloud;

  private OssTestCloud(Path dataDir, UnaryOperator<LocalCloudConfig> customization) {
    this.dataDir = dataDir;
    List<String> rolePolicies = new ArrayList<>(new LocalCloudConfig().rolePolicies());
    rolePolicies.add(allow(
        "[\"oss:GetObject\",\"oss:DeleteObject\",\"oss:ListParts\",\"oss:AbortMultipartUpload\"]",
        "acs:oss:*:*:" + BUCKET + "/uploads/*"));
    LocalCloudConfig config =
        new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir).clock(clock).rolePolicies(rolePolicies);
    this.cloud = LocalCloud.start(customization.apply(config));
  }

  /** A local cloud with the default buckets and limits. */
  public static OssTestCloud start(Path dataDir) {
    return new OssTestCloud(dataDir, UnaryOperator.identity());
  }

  /** A local cloud whose configuration {@code customization} changes further. */
  public static OssTestCloud start(Path dataDir, UnaryOperator<LocalCloudConfig> customization) {
    return new OssTestCloud(dataDir, customization);
  }

  /** A policy document that allows {@code actions} (a JSON string or array) on {@code resource}. */
  public static String allow(String actions, String resource) {
    String action = actions.startsWith("[") ? actions : "\"" + actions + "\"";
    return "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":" + action
        + ",\"Resource\":\"" + resource + "\"}]}";
  }

  /** Fresh STS credentials for the role, valid for {@code seconds}, through Alibaba's STS SDK. */
  public Credentials assumeRole(long seconds) throws Exception {
    return assumeRole(seconds, null);
  }

  /**
   * Fresh STS credentials for the role narrowed by {@code sessionPolicy} (none if null), valid for
   * {@code seconds}, through Alibaba's STS SDK.
   */
  public Credentials assumeRole(long seconds, String sessionPolicy) throws Exception {
    Config config = new Config()
        .setAccessKeyId(cloud.ramUserAccessKey().accessKeyId())
        .setAccessKeySecret(cloud.ramUserAccessKey().accessKeySecret())
        .setEndpoint(cloud.stsEndpoint().getAuthority())
        .setProtocol("http")
        .setRegionId(cloud.region());
    AssumeRoleResponseBodyCredentials issued = new Client(config)
        .assumeRole(new AssumeRoleRequest()
            .setRoleArn(cloud.roleArn())
            .setRoleSessionName("oss-test")
            .setDurationSeconds(seconds)
            .setPolicy(sessionPolicy))
        .getBody()
        .getCredentials();
    return Credentials.temporary(issued.getAccessKeyId(), issued.getAccessKeySecret(),
        issued.getSecurityToken(), UtcTimestamps.parseIso8601(issued.getExpiration()));
  }

  /** Credentials for the role, valid for an hour. */
  public Credentials assumeRole() throws Exception {
    return assumeRole(3600);
  }

  /**
   * Alibaba's OSS client on this cloud's endpoint (an IP address, so the SDK addresses buckets path-style),
   * signing with {@code version} (V4 with this cloud's region), dating requests by this cloud's clock, and
   * not retrying, so that a test sees every failure.
   */
  public OSS client(SignVersion version, Credentials credentials) {
    return client(version, credentials, cloud.ossEndpoint());
  }

  /** Like {@link #client(SignVersion, Credentials)}, but sending its requests to {@code endpoint}. */
  public OSS client(SignVersion version, Credentials credentials, URI endpoint) {
    ClientBuilderConfiguration configuration = new ClientBuilderConfiguration();
    configuration.setSignatureVersion(version);
    configuration.setMaxErrorRetry(0);
    configuration.setTickOffset(clock.currentTimeMillis());
    return OSSClientBuilder.create()
        .endpoint(endpoint.toString())
        .credentialsProvider(new DefaultCredentialProvider(
            credentials.accessKeyId(), credentials.accessKeySecret(), credentials.securityToken()))
        .clientConfiguration(configuration)
        .region(cloud.region())
        .build();
  }

  /** The OSS port. */
  public int ossPort() {
    return cloud.ossEndpoint().getPort();
  }

  @Override
  public void close() {
    cloud.close();
  }
}
