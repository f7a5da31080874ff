package dev.ossdirect.localcloud;

import dev.ossdirect.settings.SettingValues;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import dev.ossdirect.signing.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to run the local cloud. Every setting has a default that fits local development; the standalone
 * command reads them from flags and environment variables ({@link #fromEnvironment}), as
 * {@link LocalCloudSettings} declares them.
 */
public final class LocalCloudConfig {

  /** The account id in ARNs. */
  public static final String DEFAULT_ACCOUNT_ID = "1234567890123456";

  /**
   * The default decode pixel budget: two pictures of the largest size IMM decodes (40 megapixels) at
   * once, which take up to about 550 MB of native memory (close to 7 bytes a pixel for a GIF, decoded
   * in colour first), whatever the number of processors.
   */
  public static final long DEFAULT_DECODE_PIXEL_BUDGET = 80_000_000L;

  /** The default longest wait for a decode, in milliseconds: a short queue, then a throttling error. */
  public static final long DEFAULT_DECODE_WAIT_MILLIS = 2_000L;

  private String host = LocalCloudSettings.HOST.defaultValue();
  private int stsPort = LocalCloudSettings.STS_PORT.defaultValue();
  private int ossPort = LocalCloudSettings.OSS_PORT.defaultValue();
  private int immPort = LocalCloudSettings.IMM_PORT.defaultValue();
  private Path dataDir = LocalCloudSettings.DATA_DIR.defaultValue();
  private String region = LocalCloudSettings.REGION.defaultValue();
  private String accountId = DEFAULT_ACCOUNT_ID;
  private List<BucketConfig> buckets = null;
  private String bucket = LocalCloudSettings.BUCKET.defaultValue();
  private List<String> allowedOrigins = LocalCloudSettings.ALLOWED_ORIGINS.defaultValue();
  private String immProject = LocalCloudSettings.IMM_PROJECT.defaultValue();
  private String userName = "app-server";
  private String accessKeyId;
  private String accessKeySecret;
  private String roleName = "imm-web-upload";
  private List<String> rolePolicies;
  private List<String> userPolicies;
  private int roleMaxSessionDurationSeconds = 3600;
  private long maxObjectSize = LocalCloudSettings.MAX_OBJECT_SIZE.defaultValue();
  private int maxConcurrentDecodes = Runtime.getRuntime().availableProcessors();
  private long decodePixelBudget = DEFAULT_DECODE_PIXEL_BUDGET;
  private long decodeWaitMillis = DEFAULT_DECODE_WAIT_MILLIS;
  private Clock clock = System::currentTimeMillis;
  private long idleTimeoutMillis = 30_000;
  /** AssumeRole's documented flow control, 100 calls a second per account, over the 15-minute window. */
  private int stsNonceBudget = 100 * 15 * 60;
  /** DetectImageFaces' documented flow control, 20 calls a second, over the 15-minute window. */
  private int immNonceBudget = 20 * 15 * 60;

  /** The defaults. */
  public LocalCloudConfig() {}

  /**
   * Settings from command-line {@code args} ({@code --name=value} or {@code --name value}) over
   * environment variables {@code env}, over the defaults. Throws {@link IllegalArgumentException} with a
   * message naming the variable that is wrong.
   */
  public static LocalCloudConfig fromEnvironment(Map<String, String> env, List<String> args) {
    SettingValues values = LocalCloudSettings.TABLE.read(env, args);
    LocalCloudConfig config = new LocalCloudConfig();
    config.host = values.get(LocalCloudSettings.HOST);
    config.stsPort = values.get(LocalCloudSettings.STS_PORT);
    config.ossPort = values.get(LocalCloudSettings.OSS_PORT);
    config.immPort = values.get(LocalCloudSettings.IMM_PORT);
    config.dataDir = values.get(LocalCloudSettings.DATA_DIR);
    config.region = values.get(LocalCloudSettings.REGION);
    config.bucket = values.get(LocalCloudSettings.BUCKET);
    config.immProject = values.get(LocalCloudSettings.IMM_PROJECT);
    config.allowedOrigins = values.get(LocalCloudSettings.ALLOWED_ORIGINS);
    config.accessKeyId = values.get(LocalCloudSettings.ACCESS_KEY_ID);
    config.accessKeySecret = values.get(LocalCloudSettings.ACCESS_KEY_SECRET);
    config.maxObjectSize = values.get(LocalCloudSettings.MAX_OBJECT_SIZE);
    config.maxConcurrentDecodes = values.orElse(LocalCloudSettings.MAX_CONCURRENT_DECODES, config.maxConcurrentDecodes);
    config.decodePixelBudget = values.get(LocalCloudSettings.DECODE_PIXEL_BUDGET);
    config.decodeWaitMillis = values.get(LocalCloudSettings.DECODE_WAIT_MILLIS);
    return config;
  }

  public LocalCloudConfig host(String host) {
    this.host = host;
    return this;
  }

  /** Sets the three ports at once; 0 picks free ports, as tests want. */
  public LocalCloudConfig ports(int sts, int oss, int imm) {
    this.stsPort = sts;
    this.ossPort = oss;
    this.immPort = imm;
    return this;
  }

  public LocalCloudConfig dataDir(Path dataDir) {
    this.dataDir = dataDir;
    return this;
  }

  public LocalCloudConfig region(String region) {
    this.region = region;
    return this;
  }

  public LocalCloudConfig bucket(String bucket) {
    this.bucket = bucket;
    return this;
  }

  /** Replaces the default bucket by {@code buckets}, each with its own CORS rules. */
  public LocalCloudConfig buckets(List<BucketConfig> buckets) {
    this.buckets = List.copyOf(buckets);
    return this;
  }

  public LocalCloudConfig allowedOrigins(List<String> origins) {
    this.allowedOrigins = List.copyOf(origins);
    return this;
  }

  public LocalCloudConfig immProject(String project) {
    this.immProject = project;
    return this;
  }

  /** The RAM user's AccessKey pair, instead of one generated at start. */
  public LocalCloudConfig accessKey(String id, String secret) {
    this.accessKeyId = id;
    this.accessKeySecret = secret;
    return this;
  }

  /** The role's policy documents, instead of the default two (see {@link #rolePolicies()}). */
  public LocalCloudConfig rolePolicies(List<String> policies) {
    this.rolePolicies = List.copyOf(policies);
    return this;
  }

  /** The RAM user's policy documents, instead of the default that only allows sts:AssumeRole. */
  public LocalCloudConfig userPolicies(List<String> policies) {
    this.userPolicies = List.copyOf(policies);
    return this;
  }

  public LocalCloudConfig roleMaxSessionDurationSeconds(int seconds) {
    this.roleMaxSessionDurationSeconds = seconds;
    return this;
  }

  public LocalCloudConfig maxObjectSize(long bytes) {
    this.maxObjectSize = bytes;
    return this;
  }

  /** How many images IMM may decode at once: the number of processors unless set. */
  public LocalCloudConfig maxConcurrentDecodes(int decodes) {
    this.maxConcurrentDecodes = decodes;
    return this;
  }

  /**
   * How many pixels the images IMM decodes at once may declare together:
   * {@link #DEFAULT_DECODE_PIXEL_BUDGET} unless set. An image of more pixels than this is refused as too
   * large.
   */
  public LocalCloudConfig decodePixelBudget(long pixels) {
    this.decodePixelBudget = pixels;
    return this;
  }

  /**
   * How long a DetectImageFaces call waits for room to decode before it is throttled:
   * {@link #DEFAULT_DECODE_WAIT_MILLIS} unless set.
   */
  public LocalCloudConfig decodeWaitMillis(long millis) {
    this.decodeWaitMillis = millis;
    return this;
  }

  /** The clock every service reads; tests move it to expire tokens and signed URLs. */
  public LocalCloudConfig clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /**
   * How long a connection may stay idle, nothing arriving, before it is closed: 30 seconds unless set.
   * Tests of slow clients shorten it.
   */
  public LocalCloudConfig idleTimeoutMillis(long millis) {
    this.idleTimeoutMillis = millis;
    return this;
  }

  /**
   * How many signature nonces one access key may hold at once on STS and on IMM: a nonce is held for the
   * 15-minute replay window, and a caller over its budget gets {@code Throttling.User}. By default, each
   * API's documented flow control over that window: 90,000 for STS (AssumeRole, 100 calls a second) and
   * 18,000 for IMM (DetectImageFaces, 20 a second), so that a caller within Alibaba's limits never meets
   * this one.
   */
  public LocalCloudConfig nonceBudgets(int sts, int imm) {
    if (sts < 1 || imm < 1) {
      throw new IllegalArgumentException("nonce budgets must be positive");
    }
    this.stsNonceBudget = sts;
    this.immNonceBudget = imm;
    return this;
  }

  public String host() {
    return host;
  }

  public int stsPort() {
    return stsPort;
  }

  public int ossPort() {
    return ossPort;
  }

  public int immPort() {
    return immPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  /** The buckets: those set with {@link #buckets}, or the one named bucket with a CORS rule for the app. */
  public List<BucketConfig> buckets() {
    if (buckets != null) {
      return buckets;
    }
    return List.of(new BucketConfig(bucket, List.of(CorsRule.forApp(allowedOrigins))));
  }

  /** The origins of the app's page: the default bucket's CORS rule and IMM allow calls from them. */
  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  public String immProject() {
    return immProject;
  }

  public String userName() {
    return userName;
  }

  /** The configured AccessKey id, or {@code null} to generate one. */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** The configured AccessKey secret, or {@code null} to generate one. */
  public String accessKeySecret() {
    return accessKeySecret;
  }

  public String roleName() {
    return roleName;
  }

  /**
   * The role's policies: as set, or the two of Alibaba's direct-upload tutorial, {@code oss:PutObject} on
   * {@code <bucket>/uploads/*} and {@code imm:*} on the project.
   */
  public List<String> rolePolicies() {
    if (rolePolicies != null) {
      return rolePolicies;
    }
    String bucketName = buckets().get(0).name();
    List<String> policies = new ArrayList<>();
    policies.add(allow("oss:PutObject", "acs:oss:*:*:" + bucketName + "/uploads/*"));
    policies.add(allow("imm:*", "acs:imm:" + region + ":" + accountId + ":project/" + immProject));
    return policies;
  }

  /** The RAM user's policies: as set, or one that allows only {@code sts:AssumeRole}. */
  public List<String> userPolicies() {
    return userPolicies != null ? userPolicies : List.of(allow("sts:AssumeRole", "*"));
  }

  public int roleMaxSessionDurationSeconds() {
    return roleMaxSessionDurationSeconds;
  }

  public long maxObjectSize() {
    return maxObjectSize;
  }

  public int maxConcurrentDecodes() {
    return maxConcurrentDecodes;
  }

  public long decodePixelBudget() {
    return decodePixelBudget;
  }

  public long decodeWaitMillis() {
    return decodeWaitMillis;
  }

  public Clock clock() {
    return clock;
  }

  public int stsNonceBudget() {
    return stsNonceBudget;
  }

  public int immNonceBudget() {
    return immNonceBudget;
  }

  public long idleTimeoutMillis() {
    return idleTimeoutMillis;
  }

  private static String allow(String action, String resource) {
    return "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}]}";
  }
}
