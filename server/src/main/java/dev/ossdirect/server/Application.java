package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.token.UploadFlow;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.function.IntSupplier;

/**
 * The whole app for one run: in cloud mode, the server alone; in local mode, a cloud stand-in started in
 * this process ({@link EmbeddedCloud}, which the all-in-one launcher supplies) and then the server. Both
 * modes issue tokens through the same {@link StsTokenIssuer}; only its endpoint and credentials differ.
 */
public final class Application implements AutoCloseable {

  /** How many free ports local mode tries before it gives up, when the settings ask for any free port. */
  private static final int PORT_ATTEMPTS = 5;

  private final ServerSettings settings;
  private final Deployment deployment;
  private final EmbeddedCloud embeddedCloud;
  private final HttpServer server;

  private Application(ServerSettings settings, Deployment deployment, EmbeddedCloud embeddedCloud, HttpServer server) {
    this.settings = settings;
    this.deployment = deployment;
    this.embeddedCloud = embeddedCloud;
    this.server = server;
  }

  /**
   * Starts cloud mode calling STS as whoever Alibaba's default credential chain finds. Settings without
   * cloud mode stop here with a message that says how to configure it: this server has no cloud of its
   * own, the all-in-one launcher has.
   */
  public static Application startCloud(ServerSettings settings) {
    if (!settings.cloudMode()) {
      throw new ConfigurationException("Cloud mode is not configured, and this server runs only in cloud mode: "
          + "set " + String.join(", ", ServerSettings.CLOUD_VARIABLES) + " and " + ServerSettings.variable("session-key")
          + " (README.md, \"Running it on Alibaba Cloud\"), or run the all-in-one jar, app/target/ossdirect.jar, "
          + "for local mode, which needs no account.");
    }
    com.aliyun.credentials.Client credentials;
    try {
      credentials = new com.aliyun.credentials.Client();
    } catch (RuntimeException e) {
      throw noCredentials(e);
    }
    return startCloud(settings, credentials);
  }

  /**
   * Starts cloud mode calling STS as {@code credentials}. They are resolved here, once: the client only
   * looks for them when first asked, and without this every token request would fail instead of the
   * start. Whether STS accepts them shows only at the first AssumeRole (a 502 with STS's code).
   */
  static Application startCloud(ServerSettings settings, com.aliyun.credentials.Client credentials) {
    Deployment deployment = new Deployment(
        "cloud",
        settings.region(),
        accountOf(settings.roleArn()),
        settings.bucket(),
        settings.ossEndpoint(),
        settings.immEndpoint(),
        settings.immProject(),
        settings.stsEndpoint(),
        settings.roleArn());
    checkSessionPolicySize(deployment.bucket(), settings.uploadPrefix(), deployment.immProjectArn(),
        ServerSettings.variable("bucket"), ServerSettings.variable("imm-project"));
    requireCredentials(credentials);
    Clock clock = System::currentTimeMillis;
    return new Application(settings, deployment, null, HttpServer.start(settings, deployment,
        issuer(settings.stsEndpoint(), credentials, deployment, settings.tokenLifetimeSeconds(), clock),
        issuer(settings.stsEndpoint(), credentials, deployment, SigningCredentials.LIFETIME_SECONDS, clock),
        clock));
  }

  /**
   * Starts local mode against the stand-in {@code cloud} starts, running on {@code cloudClock} (tests move
   * it forward to make STS tokens expire without waiting for them).
   */
  public static Application startLocal(ServerSettings requested, EmbeddedCloud.Starter cloud, Clock cloudClock) {
    return startLocal(requested, cloud, cloudClock, Application::freePort);
  }

  /**
   * Starts local mode, taking the server's port from {@code freePorts} when the settings ask for any free
   * port (port 0). The port must be known before the local cloud starts, since its CORS rule names the
   * page's origin; but between choosing a port and binding it, another socket (one of the local cloud's
   * own, say) may take it. Then the cloud is stopped and the next port tried.
   */
  static Application startLocal(
      ServerSettings requested, EmbeddedCloud.Starter cloud, Clock cloudClock, IntSupplier freePorts) {
    if (requested.cloudMode()) {
      throw new IllegalArgumentException("The settings are for cloud mode");
    }
    if (requested.port() != 0) {
      return startLocalOn(requested, cloud, cloudClock);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return startLocalOn(requested.withPort(freePorts.getAsInt()), cloud, cloudClock);
      } catch (JavalinBindException e) {
        if (attempt == PORT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static Application startLocalOn(ServerSettings settings, EmbeddedCloud.Starter starter, Clock cloudClock) {
    EmbeddedCloud cloud = starter.start(new EmbeddedCloudRequest(settings, cloudClock));
    try {
      Deployment deployment = cloud.deployment();
      com.aliyun.credentials.Client credentials = new com.aliyun.credentials.Client(
          new com.aliyun.credentials.models.Config()
              .setType("access_key")
              .setAccessKeyId(cloud.ramUserAccessKeyId())
              .setAccessKeySecret(cloud.ramUserAccessKeySecret()));
      return new Application(settings, deployment, cloud, HttpServer.start(settings, deployment,
          issuer(deployment.stsEndpoint(), credentials, deployment, settings.tokenLifetimeSeconds(), cloudClock),
          issuer(deployment.stsEndpoint(), credentials, deployment, SigningCredentials.LIFETIME_SECONDS, cloudClock),
          cloudClock));
    } catch (RuntimeException e) {
      cloud.close();
      throw e;
    }
  }

  /** An issuer of tokens of {@code lifetimeSeconds} for {@code deployment}'s role, from the STS at {@code sts}. */
  private static StsTokenIssuer issuer(URI sts, com.aliyun.credentials.Client credentials, Deployment deployment,
      int lifetimeSeconds, Clock clock) {
    return new StsTokenIssuer(sts, credentials, deployment.region(), deployment.roleArn(), lifetimeSeconds, clock);
  }

  private static void requireCredentials(com.aliyun.credentials.Client credentials) {
    com.aliyun.credentials.models.CredentialModel resolved;
    try {
      resolved = credentials.getCredential();
    } catch (RuntimeException e) {
      throw noCredentials(e);
    }
    if (resolved == null || resolved.getAccessKeyId() == null || resolved.getAccessKeyId().isEmpty()) {
      throw noCredentials(null);
    }
  }

  /**
   * The start-up error for credentials the default chain cannot find. The chain's own reasons are kept
   * (which provider looked where); they name variables and files, never a secret.
   */
  private static ConfigurationException noCredentials(RuntimeException cause) {
    return new ConfigurationException("No Alibaba Cloud credentials for cloud mode: set ALIBABA_CLOUD_ACCESS_KEY_ID "
        + "and ALIBABA_CLOUD_ACCESS_KEY_SECRET to the RAM user's AccessKey pair, or run on ECS with a RAM role "
        + "attached (ALIBABA_CLOUD_ECS_METADATA may name it; ALIBABA_CLOUD_ECS_METADATA_DISABLED must not be true)."
        + (cause == null || cause.getMessage() == null
            ? "" : " The default credential chain reports: " + cause.getMessage()));
  }

  /**
   * Stops start-up when the session policy of some session would be over STS's limit, which would
   * otherwise fail every token request with {@code InvalidParameter.PolicySize}. Every session's folder
   * has the same length, so checking the longest one checks them all.
   */
  static void checkSessionPolicySize(
      String bucket, String uploadPrefix, String immProjectArn, String bucketVariable, String projectVariable) {
    String longest = SessionPolicy.document(bucket, BrowserSession.longestFolder(uploadPrefix), immProjectArn);
    int size = SessionPolicy.size(longest);
    if (size > SessionPolicy.MAX_SIZE) {
      throw new ConfigurationException("The session policy would be " + size + " bytes, "
          + (size - SessionPolicy.MAX_SIZE) + " over STS's limit of " + SessionPolicy.MAX_SIZE
          + ", and STS would refuse every token: shorten " + ServerSettings.variable("upload-prefix") + ", "
          + bucketVariable + " or " + projectVariable + ".");
    }
  }

  /** A port that no socket was bound to a moment ago. */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String accountOf(String roleArn) {
    return roleArn.substring("acs:ram::".length(), roleArn.indexOf(":role/"));
  }

  public ServerSettings settings() {
    return settings;
  }

  public Deployment deployment() {
    return deployment;
  }

  /** The cloud stand-in in local mode, or {@code null} in cloud mode. */
  public EmbeddedCloud embeddedCloud() {
    return embeddedCloud;
  }

  /** The URL to open in a browser. */
  public java.net.URI url() {
    return server.url();
  }

  /** What the operator needs to know, without any secret. */
  public String describe() {
    return "ossdirect is running in " + deployment.mode() + " mode\n"
        + "  Open            " + url() + "\n"
        + "  Region          " + deployment.region() + "\n"
        + "  Bucket          " + deployment.bucket() + " at " + deployment.bucketUrl() + "\n"
        + "  IMM project     " + deployment.immProject() + " at " + deployment.immEndpoint() + "\n"
        + "  STS             " + deployment.stsEndpoint() + ", role " + deployment.roleArn() + "\n"
        + "  Uploads         under " + settings.uploadPrefix() + "<session>/, at most " + settings.maxFileSize()
        + " bytes, types " + String.join(", ", settings.allowedContentTypes()) + "\n"
        + "  Upload flow     " + settings.uploadFlow().wireName()
        + (settings.uploadFlow() == UploadFlow.SERVER_SIGNED
            ? ", at most " + settings.maxFilesPerSession() + " files and " + settings.maxBytesPerSession()
                + " bytes per session"
            : " (the page's limits are not enforced by OSS)") + "\n"
        + "  Tokens          " + settings.tokenLifetimeSeconds() + " s, OSS signature "
        + settings.ossSignatureVersion().wireName() + ", IMM signature " + settings.immSignature().wireName()
        + ", rate limit " + (settings.rateLimitPerMinute() == 0 ? "off" : settings.rateLimitPerMinute() + "/min per client")
        + (settings.trustedProxies() == 0 ? "" : " (behind " + settings.trustedProxies() + " trusted proxies)")
        + "\n";
  }

  @Override
  public void close() {
    server.close();
    if (embeddedCloud != null) {
      embeddedCloud.close();
    }
  }
}
