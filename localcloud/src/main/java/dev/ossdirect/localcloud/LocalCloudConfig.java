package dev.ossdirect.localcloud;

import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import dev.ossdirect.signing.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to run the local cloud. Every setting has a default that fits local development; the standalone
 * command reads them from flags and environment variables ({@link #fromEnvironment}).
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>flag</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>--host</td><td>LOCALCLOUD_HOST</td><td>127.0.0.1</td></tr>
 *   <tr><td>--sts-port</td><td>LOCALCLOUD_STS_PORT</td><td>9101</td></tr>
 *   <tr><td>--oss-port</td><td>LOCALCLOUD_OSS_PORT</td><td>9102</td></tr>
 *   <tr><td>--imm-port</td><td>LOCALCLOUD_IMM_PORT</td><td>9103</td></tr>
 *   <tr><td>--data-dir</td><td>LOCALCLOUD_DATA_DIR</td><td>localcloud-data</td></tr>
 *   <tr><td>--region</td><td>LOCALCLOUD_REGION</td><td>cn-hangzhou</td></tr>
 *   <tr><td>--bucket</td><td>LOCALCLOUD_BUCKET</td><td>web-direct-upload</td></tr>
 *   <tr><td>--imm-project</td><td>LOCALCLOUD_IMM_PROJECT</td><td>web-direct-project</td></tr>
 *   <tr><td>--allowed-origins</td><td>LOCALCLOUD_ALLOWED_ORIGINS</td><td>http://localhost:8080,http://127.0.0.1:8080</td></tr>
 *   <tr><td>--access-key-id</td><td>LOCALCLOUD_ACCESS_KEY_ID</td><td>generated at start</td></tr>
 *   <tr><td>--access-key-secret</td><td>LOCALCLOUD_ACCESS_KEY_SECRET</td><td>generated at start</td></tr>
 *   <tr><td>--max-object-size</td><td>LOCALCLOUD_MAX_OBJECT_SIZE</td><td>5368709120 (5 GiB)</td></tr>
 *   <tr><td>--max-concurrent-decodes</td><td>LOCALCLOUD_MAX_CONCURRENT_DECODES</td><td>the number of
 *       processors</td></tr>
 *   <tr><td>--decode-pixel-budget</td><td>LOCALCLOUD_DECODE_PIXEL_BUDGET</td><td>80000000</td></tr>
 *   <tr><td>--decode-wait-millis</td><td>LOCALCLOUD_DECODE_WAIT_MILLIS</td><td>2000</td></tr>
 * </table>
 *
 * <p>A port of 0 picks a free one. Flags win over environment variables.
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

  private String host = "127.0.0.1";
  private int stsPort = 9101;
  private int ossPort = 9102;
  private int immPort = 9103;
  private Path dataDir = Path.of("localcloud-data");
  private String region = "cn-hangzhou";
  private String accountId = DEFAULT_ACCOUNT_ID;
  private List<BucketConfig> buckets = null;
  private String bucket = "web-direct-upload";
  private List<String> allowedOrigins = List.of("http://localhost:8080", "http://127.0.0.1:8080");
  private String immProject = "web-direct-project";
  private String userName = "app-server";
  private String accessKeyId;
  private String accessKeySecret;
  private String roleName = "imm-web-upload";
  private List<String> rolePolicies;
  private List<String> userPolicies;
  private int roleMaxSessionDurationSeconds = 3600;
  private long maxObjectSize = 5L * 1024 * 1024 * 1024;
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
   * message naming the flag or variable that is wrong.
   */
  public static LocalCloudConfig fromEnvironment(Map<String, String> env, List<String> args) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : env.entrySet()) {
      if (entry.getKey().startsWith("LOCALCLOUD_")) {
        String flag = entry.getKey().substring("LOCALCLOUD_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
        settings.put(flag, entry.getValue());
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument \"" + arg + "\"; settings are --name=value");
      }
      int equals = arg.indexOf('=');
      if (equals > 0) {
        settings.put(arg.substring(2, equals), arg.substring(equals + 1));
      } else if (i + 1 < args.size()) {
        settings.put(arg.substring(2), args.get(++i));
      } else {
        throw new IllegalArgumentException("Flag " + arg + " needs a value");
      }
    }
    LocalCloudConfig config = new LocalCloudConfig();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      config.apply(setting.getKey(), setting.getValue());
    }
    return config;
  }

  private void apply(String name, String value) {
    switch (name) {
      case "host" -> host = value;
      case "sts-port" -> stsPort = port(name, value);
      case "oss-port" -> ossPort = port(name, value);
      case "imm-port" -> immPort = port(name, value);
      case "data-dir" -> dataDir = Path.of(value);
      case "region" -> region = value;
      case "bucket" -> bucket = value;
      case "imm-project" -> immProject = value;
      case "allowed-origins" -> allowedOrigins = List.of(value.split("\\s*,\\s*"));
      case "access-key-id" -> accessKeyId = value;
      case "access-key-secret" -> accessKeySecret = value;
      case "max-object-size" -> maxObjectSize = positiveLong(name, value);
      case "max-concurrent-decodes" -> maxConcurrentDecodes = (int) number(name, value, 1, 10_000, "decodes");
      case "decode-pixel-budget" ->
          decodePixelBudget = number(name, value, 1, Integer.MAX_VALUE, "pixels");
      case "decode-wait-millis" -> decodeWaitMillis = number(name, value, 0, 600_000, "milliseconds");
      default -> throw new IllegalArgumentException(
          "Unknown setting --" + name + " (LOCALCLOUD_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + ")");
    }
  }

  private static int port(String name, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + " must be a port from 0 to 65535, not \"" + value + "\"");
  }

  private static long positiveLong(String name, String value) {
    try {
      long number = Long.parseLong(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + name + " must be a positive number of bytes, not \"" + value + "\"");
  }

  private static long number(String name, String value, long min, long max, String unit) {
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--" + name + " must be from " + min + " to " + max + " " + unit + ", not \"" + value + "\"");
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
