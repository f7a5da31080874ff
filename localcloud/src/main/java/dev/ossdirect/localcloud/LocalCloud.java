package dev.ossdirect.localcloud;

import dev.ossdirect.localcloud.auth.CallerDirectory;
import dev.ossdirect.localcloud.auth.NonceRegistry;
import dev.ossdirect.localcloud.auth.RequestTimeWindow;
import dev.ossdirect.localcloud.auth.SecurityTokenCodec;
import dev.ossdirect.localcloud.http.HttpEndpoint;
import dev.ossdirect.localcloud.imm.DetectImageFacesAction;
import dev.ossdirect.localcloud.imm.faces.FaceDetector;
import dev.ossdirect.localcloud.imm.images.DecodeBudget;
import dev.ossdirect.localcloud.imm.images.ImageDecoder;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import dev.ossdirect.localcloud.oss.LostAnswers;
import dev.ossdirect.localcloud.oss.ObjectStore;
import dev.ossdirect.localcloud.oss.OssGateway;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import dev.ossdirect.localcloud.ram.PolicyGrammarException;
import dev.ossdirect.localcloud.ram.RamAccount;
import dev.ossdirect.localcloud.ram.RamRole;
import dev.ossdirect.localcloud.ram.RamUser;
import dev.ossdirect.localcloud.ram.ResourceNames;
import dev.ossdirect.localcloud.rpc.RpcAuthenticator;
import dev.ossdirect.localcloud.rpc.RpcGateway;
import dev.ossdirect.localcloud.sts.AssumeRoleAction;
import dev.ossdirect.signing.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A running local cloud: STS, OSS and IMM, each on its own loopback port, sharing one RAM account.
 *
 * <pre>
 * try (LocalCloud cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dir))) {
 *   cloud.stsEndpoint();      // http://127.0.0.1:port
 *   cloud.ossEndpoint();      // http://127.0.0.1:port, path-style: /bucket/key
 *   cloud.ramUserAccessKey(); // the key that may call AssumeRole
 *   cloud.roleArn();          // the role to assume
 * }
 * </pre>
 */
public final class LocalCloud implements AutoCloseable {

  private static final String ACCESS_KEY_ID_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  /**
   * How many nonces each of STS and IMM holds at once, all callers together: with nonces of at most
   * {@link RpcAuthenticator#MAX_NONCE_LENGTH} characters, about 35 MB of heap each when full (a full registry
   * measured 340 bytes a nonce). Past it every caller gets {@code Throttling.User} until nonces expire.
   */
  private static final int NONCE_CAPACITY = 100_000;

  private final LocalCloudConfig config;
  private final RamAccount account;
  private final AssumeRoleAction assumeRole;
  private final List<HttpEndpoint> endpoints = new ArrayList<>();
  private final HttpEndpoint sts;
  private final ObjectStore objectStore;
  private final HttpEndpoint oss;
  private final LostAnswers ossLostAnswers;
  private final HttpEndpoint imm;

  private LocalCloud(LocalCloudConfig config) {
    this.config = config;
    SecureRandom random = new SecureRandom();
    this.account = account(config, random);
    byte[] tokenKey = new byte[32];
    random.nextBytes(tokenKey);
    SecurityTokenCodec tokens = new SecurityTokenCodec(tokenKey, random);
    CallerDirectory callers = new CallerDirectory(account, tokens, config.clock());
    this.assumeRole = new AssumeRoleAction(account, tokens, config.clock());
    try {
      RpcGateway stsGateway =
          new RpcGateway(
              "sts",
              "2015-04-01",
              Map.of("AssumeRole", assumeRole),
              callers,
              nonceRegistry(config, config.stsNonceBudget()),
              config.clock());
      this.sts = start("sts", config.stsPort(), stsGateway::configure);
      this.objectStore = openObjectStore(config);
      OssGateway ossGateway =
          new OssGateway(
              objectStore, config.buckets(), callers, config.region(), config.accountId(), config.clock());
      this.ossLostAnswers = ossGateway.lostAnswers();
      this.oss = start("oss", config.ossPort(), ossGateway::configure);
      RpcGateway immGateway =
          new RpcGateway(
              "imm",
              "2020-09-30",
              Map.of("DetectImageFaces", new DetectImageFacesAction(config.region(), config.accountId(),
                  config.immProject(), objectStore, new ImageDecoder(), decodeBudget(config),
                  new FaceDetector())),
              callers,
              nonceRegistry(config, config.immNonceBudget()),
              config.clock());
      this.imm = start("imm", config.immPort(), routes -> {
        // The app's page calls IMM straight from the browser, as it calls the real IMM.
        routes.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          for (String origin : config.allowedOrigins()) {
            rule.allowHost(origin);
          }
        }));
        immGateway.configure(routes);
      });
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the services described by {@code config}. */
  public static LocalCloud start(LocalCloudConfig config) {
    return new LocalCloud(config);
  }

  private HttpEndpoint start(String name, int port, java.util.function.Consumer<io.javalin.config.JavalinConfig> routes) {
    HttpEndpoint endpoint = HttpEndpoint.start(name, config.host(), port, config.idleTimeoutMillis(), routes);
    endpoints.add(endpoint);
    return endpoint;
  }

  /** The nonces of one RPC-style API, each held for the window in which its request's date is accepted. */
  private static NonceRegistry nonceRegistry(LocalCloudConfig config, int budgetPerCaller) {
    return new NonceRegistry(config.clock(), RequestTimeWindow.MILLIS, NONCE_CAPACITY, budgetPerCaller);
  }

  private static DecodeBudget decodeBudget(LocalCloudConfig config) {
    return new DecodeBudget(config.maxConcurrentDecodes(), config.decodePixelBudget(),
        Duration.ofMillis(config.decodeWaitMillis()));
  }

  private static ObjectStore openObjectStore(LocalCloudConfig config) {
    List<String> bucketNames = new ArrayList<>();
    for (BucketConfig bucket : config.buckets()) {
      bucketNames.add(bucket.name());
    }
    try {
      return ObjectStore.open(config.dataDir(), bucketNames, config.maxObjectSize(), config.clock());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the object store in " + config.dataDir(), e);
    }
  }

  private static RamAccount account(LocalCloudConfig config, SecureRandom random) {
    // "LOCAL", not Alibaba's "LTAI": a generated key is never mistaken for a real one in logs or pastes.
    String accessKeyId = config.accessKeyId() != null ? config.accessKeyId() : "LOCAL" + randomText(random, 20);
    String secret = config.accessKeySecret() != null ? config.accessKeySecret() : randomText(random, 30);
    RamUser user =
        new RamUser(config.userName(), Credentials.of(accessKeyId, secret), policies(config.userPolicies()));
    RamRole role =
        new RamRole(
            "3" + config.accountId().substring(0, 8) + Math.abs(config.roleName().hashCode() % 100_000_000),
            config.roleName(),
            ResourceNames.role(config.accountId(), config.roleName()),
            policies(config.rolePolicies()),
            config.roleMaxSessionDurationSeconds());
    return new RamAccount(config.accountId(), user, role);
  }

  private static List<PolicyDocument> policies(List<String> texts) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (String text : texts) {
      try {
        documents.add(PolicyDocument.parse(text));
      } catch (PolicyGrammarException e) {
        throw new IllegalArgumentException("Invalid policy in the configuration: " + e.getMessage(), e);
      }
    }
    return documents;
  }

  private static String randomText(SecureRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ACCESS_KEY_ID_ALPHABET.charAt(random.nextInt(ACCESS_KEY_ID_ALPHABET.length())));
    }
    return text.toString();
  }

  public LocalCloudConfig config() {
    return config;
  }

  /** The STS endpoint, {@code http://host:port}. */
  public URI stsEndpoint() {
    return sts.uri(config.host());
  }

  /** The IMM endpoint, {@code http://host:port}. */
  public URI immEndpoint() {
    return imm.uri(config.host());
  }

  /**
   * The OSS endpoint, {@code http://host:port}. Clients address buckets path-style on it
   * ({@code /bucket/key}), as Alibaba's SDKs do for IP endpoints, or virtual-hosted with a
   * {@code Host: bucket.localhost:port} header.
   */
  public URI ossEndpoint() {
    return oss.uri(config.host());
  }

  /** The answers of the local OSS to lose on purpose, for testing how a client survives a lost response. */
  public LostAnswers ossLostAnswers() {
    return ossLostAnswers;
  }

  /** The objects of the local OSS, for services that read them in process. */
  public ObjectStore objectStore() {
    return objectStore;
  }

  public String region() {
    return config.region();
  }

  public String accountId() {
    return account.accountId();
  }

  /** The RAM user's long-term AccessKey pair, which may call AssumeRole. */
  public Credentials ramUserAccessKey() {
    return account.user().accessKey();
  }

  /** The ARN of the role the RAM user may assume. */
  public String roleArn() {
    return account.role().arn();
  }

  /** How many STS credentials AssumeRole has issued since start. */
  public long assumeRoleCount() {
    return assumeRole.issuedCount();
  }

  /**
   * What a person needs to use this local cloud: the endpoints, the region, the buckets with their CORS
   * rules, the IMM project, the RAM user's AccessKey pair (secret included) and the role ARN.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append("Local cloud is running (region ").append(config.region()).append(")\n");
    out.append("  STS endpoint   ").append(stsEndpoint()).append('\n');
    out.append("  OSS endpoint   ").append(ossEndpoint()).append('\n');
    out.append("  IMM endpoint   ").append(immEndpoint()).append('\n');
    out.append("  Data folder    ").append(config.dataDir().toAbsolutePath()).append('\n');
    for (BucketConfig bucket : config.buckets()) {
      out.append("  Bucket         ").append(bucket.name()).append('\n');
      for (CorsRule rule : bucket.corsRules()) {
        out.append("    CORS rule    origins ").append(rule.allowedOrigins())
            .append(", methods ").append(rule.allowedMethods())
            .append(", headers ").append(rule.allowedHeaders())
            .append(", expose ").append(rule.exposeHeaders())
            .append(", max age ").append(rule.maxAgeSeconds()).append("s\n");
      }
    }
    out.append("  IMM project    ").append(config.immProject()).append('\n');
    out.append("  IMM decodes    ").append(config.maxConcurrentDecodes()).append(" images at once, ")
        .append(config.decodePixelBudget()).append(" pixels in all, waiting up to ")
        .append(config.decodeWaitMillis()).append(" ms\n");
    out.append("  RAM user       ").append(account.user().name()).append('\n');
    out.append("    AccessKeyId     ").append(ramUserAccessKey().accessKeyId()).append('\n');
    out.append("    AccessKeySecret ").append(ramUserAccessKey().accessKeySecret()).append('\n');
    out.append("  Role ARN       ").append(roleArn()).append('\n');
    return out.toString();
  }

  @Override
  public void close() {
    for (HttpEndpoint endpoint : endpoints) {
      endpoint.close();
    }
    endpoints.clear();
  }
}
