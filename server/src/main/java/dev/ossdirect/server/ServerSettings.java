package dev.ossdirect.server;

import io.lettuce.core.RedisURI;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The server's settings, from {@code OSSDIRECT_*} environment variables and matching {@code --flags}
 * (flags win). Cloud mode is on when any of region, bucket, IMM project or role ARN is set, and then all
 * four are required; otherwise the server runs in local mode against an embedded local cloud.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>flag</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>--port</td><td>OSSDIRECT_PORT, or PORT</td><td>8080</td></tr>
 *   <tr><td>--host</td><td>OSSDIRECT_HOST</td><td>127.0.0.1 in local mode, 0.0.0.0 in cloud mode</td></tr>
 *   <tr><td>--region</td><td>OSSDIRECT_REGION</td><td>cloud mode: required</td></tr>
 *   <tr><td>--bucket</td><td>OSSDIRECT_BUCKET</td><td>cloud mode: required</td></tr>
 *   <tr><td>--imm-project</td><td>OSSDIRECT_IMM_PROJECT</td><td>cloud mode: required</td></tr>
 *   <tr><td>--role-arn</td><td>OSSDIRECT_ROLE_ARN</td><td>cloud mode: required</td></tr>
 *   <tr><td>--sts-endpoint</td><td>OSSDIRECT_STS_ENDPOINT</td><td>https://sts.&lt;region&gt;.aliyuncs.com</td></tr>
 *   <tr><td>--oss-endpoint</td><td>OSSDIRECT_OSS_ENDPOINT</td><td>https://oss-&lt;region&gt;.aliyuncs.com</td></tr>
 *   <tr><td>--imm-endpoint</td><td>OSSDIRECT_IMM_ENDPOINT</td><td>https://imm.&lt;region&gt;.aliyuncs.com</td></tr>
 *   <tr><td>--upload-prefix</td><td>OSSDIRECT_UPLOAD_PREFIX</td><td>uploads/</td></tr>
 *   <tr><td>--token-lifetime</td><td>OSSDIRECT_TOKEN_LIFETIME</td><td>900 (seconds, 900 to 3600)</td></tr>
 *   <tr><td>--max-file-size</td><td>OSSDIRECT_MAX_FILE_SIZE</td><td>20971520 (20 MiB)</td></tr>
 *   <tr><td>--allowed-types</td><td>OSSDIRECT_ALLOWED_TYPES</td><td>image/jpeg,image/png,image/webp,image/gif,image/bmp</td></tr>
 *   <tr><td>--oss-signature</td><td>OSSDIRECT_OSS_SIGNATURE</td><td>v4 (or v1)</td></tr>
 *   <tr><td>--imm-signature</td><td>OSSDIRECT_IMM_SIGNATURE</td><td>rpc-v1 (or acs3)</td></tr>
 *   <tr><td>--rate-limit</td><td>OSSDIRECT_RATE_LIMIT</td><td>30 (token requests per minute per client; 0 lifts it)</td></tr>
 *   <tr><td>--trusted-proxies</td><td>OSSDIRECT_TRUSTED_PROXIES</td><td>0 (reverse proxies in front that append to
 *       X-Forwarded-For; see {@link ClientAddress})</td></tr>
 *   <tr><td>--upload-flow</td><td>OSSDIRECT_UPLOAD_FLOW</td><td>server-signed (or browser-token; see
 *       {@link UploadFlow})</td></tr>
 *   <tr><td>--max-files-per-session</td><td>OSSDIRECT_MAX_FILES_PER_SESSION</td><td>100</td></tr>
 *   <tr><td>--max-bytes-per-session</td><td>OSSDIRECT_MAX_BYTES_PER_SESSION</td><td>max files per session
 *       times max file size</td></tr>
 *   <tr><td>--data-dir</td><td>OSSDIRECT_DATA_DIR</td><td>ossdirect-data (local mode's storage)</td></tr>
 *   <tr><td>--session-key</td><td>OSSDIRECT_SESSION_KEY</td><td>cloud mode: required; local mode: generated at
 *       start (see {@link SessionKey})</td></tr>
 *   <tr><td>--redis-url</td><td>OSSDIRECT_REDIS_URL</td><td>none: each instance keeps its own rate limit (see
 *       {@link RedisBuckets})</td></tr>
 *   <tr><td>--metrics-port</td><td>OSSDIRECT_METRICS_PORT</td><td>none: no metrics listener (see
 *       {@link MetricsEndpoint})</td></tr>
 * </table>
 */
public record ServerSettings(
    boolean cloudMode,
    String host,
    int port,
    String region,
    String bucket,
    String immProject,
    String roleArn,
    URI stsEndpoint,
    URI ossEndpoint,
    URI immEndpoint,
    String uploadPrefix,
    int tokenLifetimeSeconds,
    long maxFileSize,
    List<String> allowedContentTypes,
    OssSignatureVersion ossSignatureVersion,
    ImmSignature immSignature,
    int rateLimitPerMinute,
    int trustedProxies,
    UploadFlow uploadFlow,
    int maxFilesPerSession,
    long maxBytesPerSession,
    Path dataDir,
    SessionKey sessionKey,
    RedisURI redis,
    OptionalInt metricsPort) {

  private static final String PREFIX = "OSSDIRECT_";
  /** The largest object OSS stores: 48.8 TiB, which 10,000 parts of the largest part size reach. */
  private static final long MAX_FILE_SIZE = 48L * 1024 * 1024 * 1024 * 1024;
  private static final List<String> CLOUD_SETTINGS = List.of("region", "bucket", "imm-project", "role-arn");

  public ServerSettings {
    allowedContentTypes = List.copyOf(allowedContentTypes);
  }

  /** These settings, but for the server to listen on {@code newPort}. */
  public ServerSettings withPort(int newPort) {
    return new ServerSettings(cloudMode, host, newPort, region, bucket, immProject, roleArn, stsEndpoint,
        ossEndpoint, immEndpoint, uploadPrefix, tokenLifetimeSeconds, maxFileSize, allowedContentTypes,
        ossSignatureVersion, immSignature, rateLimitPerMinute, trustedProxies, uploadFlow, maxFilesPerSession,
        maxBytesPerSession, dataDir, sessionKey, redis, metricsPort);
  }

  /**
   * Reads the settings from {@code env} and {@code args}. Throws {@link ConfigurationException} naming the
   * first variable that is missing or invalid.
   */
  public static ServerSettings read(Map<String, String> env, List<String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    if (env.get("PORT") != null) {
      values.put("port", env.get("PORT"));
    }
    for (Map.Entry<String, String> entry : env.entrySet()) {
      if (entry.getKey().startsWith(PREFIX) && !entry.getValue().isBlank()) {
        values.put(flagName(entry.getKey()), entry.getValue().trim());
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new ConfigurationException("Unexpected argument \"" + arg + "\"; settings are --name=value.");
      }
      int equals = arg.indexOf('=');
      if (equals > 0) {
        values.put(arg.substring(2, equals), arg.substring(equals + 1));
      } else if (i + 1 < args.size()) {
        values.put(arg.substring(2), args.get(++i));
      } else {
        throw new ConfigurationException("Flag " + arg + " needs a value.");
      }
    }
    return new Reader(values).read();
  }

  /** The environment variable behind {@code flag}, for messages. */
  static String variable(String flag) {
    return PREFIX + flag.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static String flagName(String variable) {
    return variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Checks and converts the raw values, naming the variable of the first bad one. */
  private static final class Reader {
    private final Map<String, String> values;

    Reader(Map<String, String> values) {
      this.values = new LinkedHashMap<>(values);
    }

    ServerSettings read() {
      List<String> cloudGiven = new ArrayList<>();
      List<String> cloudMissing = new ArrayList<>();
      for (String name : CLOUD_SETTINGS) {
        (values.containsKey(name) ? cloudGiven : cloudMissing).add(name);
      }
      boolean cloud = !cloudGiven.isEmpty();
      if (cloud && !cloudMissing.isEmpty()) {
        throw new ConfigurationException(
            variable(cloudMissing.get(0)) + " is missing: cloud mode needs "
                + String.join(", ", CLOUD_SETTINGS.stream().map(ServerSettings::variable).toList())
                + " (set because " + variable(cloudGiven.get(0)) + " is set). Unset them all for local mode.");
      }
      String region = take("region", null);
      String roleArn = take("role-arn", null);
      if (roleArn != null && !roleArn.matches("acs:ram::\\d+:role/[A-Za-z0-9.\\-_]{1,64}")) {
        throw invalid("role-arn", roleArn, "a role ARN such as acs:ram::1234567890123456:role/imm-web-upload");
      }
      long maxFileSize = longIn("max-file-size", 20L * 1024 * 1024, 1, MAX_FILE_SIZE);
      int maxFilesPerSession = intIn("max-files-per-session", 100, 1, 1_000_000);
      ServerSettings settings = new ServerSettings(
          cloud,
          take("host", cloud ? "0.0.0.0" : "127.0.0.1"),
          intIn("port", 8080, 0, 65535),
          region,
          take("bucket", null),
          take("imm-project", null),
          roleArn,
          uri("sts-endpoint", region == null ? null : "https://sts." + region + ".aliyuncs.com"),
          uri("oss-endpoint", region == null ? null : "https://oss-" + region + ".aliyuncs.com"),
          uri("imm-endpoint", region == null ? null : "https://imm." + region + ".aliyuncs.com"),
          prefix(take("upload-prefix", "uploads/")),
          intIn("token-lifetime", 900, 900, 3600),
          maxFileSize,
          types(take("allowed-types", "image/jpeg,image/png,image/webp,image/gif,image/bmp")),
          ossSignature(take("oss-signature", "v4")),
          immSignature(take("imm-signature", "rpc-v1")),
          intIn("rate-limit", 30, 0, 1_000_000),
          intIn("trusted-proxies", 0, 0, 10),
          uploadFlow(take("upload-flow", UploadFlow.SERVER_SIGNED.wireName())),
          maxFilesPerSession,
          longIn("max-bytes-per-session", saturatedProduct(maxFilesPerSession, maxFileSize), 1, Long.MAX_VALUE),
          java.nio.file.Path.of(take("data-dir", "ossdirect-data")),
          sessionKey(take("session-key", null), cloud),
          redis(take("redis-url", null)),
          optionalPort("metrics-port"));
      if (settings.bucket() != null && !settings.bucket().matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")) {
        throw invalid("bucket", settings.bucket(), "3 to 63 lower-case letters, digits and hyphens");
      }
      if (settings.metricsPort().isPresent() && settings.metricsPort().getAsInt() != 0
          && settings.metricsPort().getAsInt() == settings.port()) {
        throw new ConfigurationException(variable("metrics-port") + " is " + settings.port() + ", the port of the app "
            + "itself; metrics are served on a port of their own, which the public is not let in to.");
      }
      if (!values.isEmpty()) {
        String unknown = values.keySet().iterator().next();
        throw new ConfigurationException("Unknown setting " + variable(unknown) + " (--" + unknown + ").");
      }
      return settings;
    }

    private String take(String name, String defaultValue) {
      String value = values.remove(name);
      return value == null ? defaultValue : value;
    }

    private int intIn(String name, int defaultValue, int min, int max) {
      return (int) longIn(name, defaultValue, min, max);
    }

    private long longIn(String name, long defaultValue, long min, long max) {
      String text = take(name, null);
      if (text == null) {
        return defaultValue;
      }
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw invalid(name, text, "a whole number from " + min + " to " + max);
    }

    private OptionalInt optionalPort(String name) {
      return values.containsKey(name) ? OptionalInt.of(intIn(name, 0, 0, 65535)) : OptionalInt.empty();
    }

    /**
     * The Redis that holds the rate limit's buckets, or {@code null}. The URL may carry a password, so a
     * bad one is described without repeating it.
     */
    private static RedisURI redis(String text) {
      if (text == null) {
        return null;
      }
      try {
        RedisURI uri = RedisURI.create(text);
        if ((text.startsWith("redis://") || text.startsWith("rediss://")) && uri.getHost() != null) {
          return uri;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new ConfigurationException(variable("redis-url") + " is invalid; expected a URL such as "
          + "redis://host:6379, rediss://host:6380 or redis://:password@host:6379/0.");
    }

    private URI uri(String name, String defaultValue) {
      String text = take(name, defaultValue);
      if (text == null) {
        return null;
      }
      String withScheme = text.contains("://") ? text : "https://" + text;
      try {
        URI uri = URI.create(withScheme);
        if ((uri.getScheme().equals("http") || uri.getScheme().equals("https"))
            && uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
            && uri.getQuery() == null) {
          return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw invalid(name, text, "an endpoint such as https://host or http://host:port");
    }

    private String prefix(String prefix) {
      if (prefix.startsWith("/") || prefix.contains("..") || prefix.contains("\\") || prefix.contains("*")) {
        throw invalid("upload-prefix", prefix, "a relative folder such as uploads/");
      }
      return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /**
     * The key that signs session cookies. Cloud mode requires one: instances behind a balancer must share
     * it, and a key each instance made up for itself would silently end a visitor's session whenever the
     * balancer sent them to another instance. Local mode is one process, so a random key does.
     */
    private static SessionKey sessionKey(String text, boolean cloud) {
      String expected = "at least " + SessionKey.MIN_BYTES + " random bytes as hex or base64, e.g. from `openssl rand "
          + "-hex " + SessionKey.MIN_BYTES + "`";
      if (text == null) {
        if (cloud) {
          throw new ConfigurationException(variable("session-key") + " is missing: cloud mode needs a key, the same "
              + "on every instance: " + expected + ".");
        }
        return SessionKey.random();
      }
      try {
        return SessionKey.parse(text);
      } catch (IllegalArgumentException e) {
        // The value is a secret: the message describes it without repeating it.
        throw new ConfigurationException(
            variable("session-key") + " is invalid (" + e.getMessage() + "); expected " + expected + ".");
      }
    }

    private List<String> types(String text) {
      List<String> types = new ArrayList<>();
      for (String type : text.split(",")) {
        String trimmed = type.trim().toLowerCase(Locale.ROOT);
        if (!trimmed.matches("[a-z0-9.+-]+/[a-z0-9.+*-]+")) {
          throw invalid("allowed-types", text, "a comma-separated list of media types such as image/jpeg");
        }
        types.add(trimmed);
      }
      return types;
    }

    private OssSignatureVersion ossSignature(String text) {
      for (OssSignatureVersion version : OssSignatureVersion.values()) {
        if (version.wireName().equalsIgnoreCase(text)) {
          return version;
        }
      }
      throw invalid("oss-signature", text, "v4 or v1");
    }

    private UploadFlow uploadFlow(String text) {
      for (UploadFlow flow : UploadFlow.values()) {
        if (flow.wireName().equalsIgnoreCase(text)) {
          return flow;
        }
      }
      throw invalid("upload-flow", text, "server-signed or browser-token");
    }

    private static long saturatedProduct(long a, long b) {
      return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private ImmSignature immSignature(String text) {
      for (ImmSignature signature : ImmSignature.values()) {
        if (signature.wireName().equalsIgnoreCase(text)) {
          return signature;
        }
      }
      throw invalid("imm-signature", text, "rpc-v1 or acs3");
    }

    private static ConfigurationException invalid(String name, String value, String expected) {
      return new ConfigurationException(
          variable(name) + " is invalid: \"" + value + "\"; expected " + expected + ".");
    }
  }
}
