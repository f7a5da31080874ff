package dev.ossdirect.server;

import static dev.ossdirect.server.ServerSettingsTable.ALLOWED_TYPES;
import static dev.ossdirect.server.ServerSettingsTable.BUCKET;
import static dev.ossdirect.server.ServerSettingsTable.CLOUD_SETTINGS;
import static dev.ossdirect.server.ServerSettingsTable.DATA_DIR;
import static dev.ossdirect.server.ServerSettingsTable.HOST;
import static dev.ossdirect.server.ServerSettingsTable.IMM_ENDPOINT;
import static dev.ossdirect.server.ServerSettingsTable.IMM_PROJECT;
import static dev.ossdirect.server.ServerSettingsTable.IMM_SIGNATURE;
import static dev.ossdirect.server.ServerSettingsTable.MAX_BYTES_PER_SESSION;
import static dev.ossdirect.server.ServerSettingsTable.MAX_FILES_PER_SESSION;
import static dev.ossdirect.server.ServerSettingsTable.MAX_FILE_SIZE_SETTING;
import static dev.ossdirect.server.ServerSettingsTable.OSS_ENDPOINT;
import static dev.ossdirect.server.ServerSettingsTable.OSS_SIGNATURE;
import static dev.ossdirect.server.ServerSettingsTable.PORT;
import static dev.ossdirect.server.ServerSettingsTable.RATE_LIMIT;
import static dev.ossdirect.server.ServerSettingsTable.REGION;
import static dev.ossdirect.server.ServerSettingsTable.ROLE_ARN;
import static dev.ossdirect.server.ServerSettingsTable.SESSION_KEY;
import static dev.ossdirect.server.ServerSettingsTable.STS_ENDPOINT;
import static dev.ossdirect.server.ServerSettingsTable.TABLE;
import static dev.ossdirect.server.ServerSettingsTable.TOKEN_LIFETIME;
import static dev.ossdirect.server.ServerSettingsTable.TRUSTED_PROXIES;
import static dev.ossdirect.server.ServerSettingsTable.UPLOAD_FLOW;
import static dev.ossdirect.server.ServerSettingsTable.UPLOAD_PREFIX;

import dev.ossdirect.settings.Setting;
import dev.ossdirect.settings.SettingValues;
import dev.ossdirect.settings.SettingsException;
import dev.ossdirect.settings.SettingsTable;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.UploadFlow;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The server's settings, from {@code OSSDIRECT_*} environment variables and matching {@code --flags}
 * (flags win), as {@link ServerSettingsTable} declares them. Cloud mode is on when any of region, bucket,
 * IMM project or role ARN is set, and then all four are required; otherwise the server runs in local mode
 * against a cloud stand-in in process ({@link EmbeddedCloud}).
 */
public final class ServerSettings {

  /** The variables that turn cloud mode on, all four required then. */
  static final List<String> CLOUD_VARIABLES = CLOUD_SETTINGS.stream().map(Setting::variable).toList();

  private final SettingValues values;
  private final boolean cloudMode;
  private final SessionKey sessionKey;

  private ServerSettings(SettingValues values, SessionKey sessionKey) {
    this.values = values;
    this.cloudMode = CLOUD_SETTINGS.stream().anyMatch(values::isGiven);
    this.sessionKey = sessionKey;
  }

  /**
   * Reads the settings from {@code env} and {@code args}. Throws {@link ConfigurationException} naming the
   * first variable that is unknown, missing or invalid.
   */
  public static ServerSettings read(Map<String, String> env, List<String> args) {
    try {
      SettingValues values = TABLE.read(env, args);
      ServerSettings settings = new ServerSettings(values, null);
      settings.requireCloudSettingsTogether();
      for (Setting<?> setting : TABLE.settings()) {
        values.get(setting);
      }
      return new ServerSettings(values, settings.readSessionKey());
    } catch (SettingsException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** The declarations these settings are read by: for {@code --help} and README's table. */
  public static SettingsTable table() {
    return TABLE;
  }

  /** The settings for {@code --help}. */
  public static String help() {
    return TABLE.help();
  }

  /** These settings, but for the server to listen on {@code newPort}. */
  public ServerSettings withPort(int newPort) {
    return new ServerSettings(values.with(PORT, newPort), sessionKey);
  }

  /** The environment variable behind {@code flag}, for messages. */
  static String variable(String flag) {
    return TABLE.variableOf(flag);
  }

  private void requireCloudSettingsTogether() {
    List<Setting<String>> given = CLOUD_SETTINGS.stream().filter(values::isGiven).toList();
    List<Setting<String>> missing = CLOUD_SETTINGS.stream().filter(setting -> !values.isGiven(setting)).toList();
    if (!given.isEmpty() && !missing.isEmpty()) {
      throw new ConfigurationException(missing.get(0).variable() + " is missing: cloud mode needs "
          + String.join(", ", CLOUD_VARIABLES) + " (set because " + given.get(0).variable()
          + " is set). Unset them all for local mode.");
    }
  }

  /**
   * The key that signs session cookies. Cloud mode requires one: instances behind a balancer must share
   * it, and a key each instance made up for itself would silently end a visitor's session whenever the
   * balancer sent them to another instance. Local mode is one process, so a random key does.
   */
  private SessionKey readSessionKey() {
    if (values.isGiven(SESSION_KEY)) {
      return values.get(SESSION_KEY);
    }
    if (cloudMode) {
      throw new ConfigurationException(SESSION_KEY.variable() + " is missing: cloud mode needs a key, the same "
          + "on every instance: " + ServerSettingsTable.SESSION_KEY_EXPECTED + ".");
    }
    return SessionKey.random();
  }

  public boolean cloudMode() {
    return cloudMode;
  }

  public String host() {
    return values.orElse(HOST, cloudMode ? "0.0.0.0" : "127.0.0.1");
  }

  public int port() {
    return values.get(PORT);
  }

  public String region() {
    return values.get(REGION);
  }

  public String bucket() {
    return values.get(BUCKET);
  }

  public String immProject() {
    return values.get(IMM_PROJECT);
  }

  public String roleArn() {
    return values.get(ROLE_ARN);
  }

  /** STS as the server calls it; {@code https://sts.<region>.aliyuncs.com} unless set. */
  public URI stsEndpoint() {
    return values.orElse(STS_ENDPOINT, regional("https://sts.", ".aliyuncs.com"));
  }

  /** OSS; {@code https://oss-<region>.aliyuncs.com} unless set. */
  public URI ossEndpoint() {
    return values.orElse(OSS_ENDPOINT, regional("https://oss-", ".aliyuncs.com"));
  }

  /** IMM as the browser calls it; {@code https://imm.<region>.aliyuncs.com} unless set. */
  public URI immEndpoint() {
    return values.orElse(IMM_ENDPOINT, regional("https://imm.", ".aliyuncs.com"));
  }

  private URI regional(String before, String after) {
    return region() == null ? null : URI.create(before + region() + after);
  }

  public String uploadPrefix() {
    return values.get(UPLOAD_PREFIX);
  }

  public int tokenLifetimeSeconds() {
    return values.get(TOKEN_LIFETIME);
  }

  public long maxFileSize() {
    return values.get(MAX_FILE_SIZE_SETTING);
  }

  public List<String> allowedContentTypes() {
    return values.get(ALLOWED_TYPES);
  }

  public OssSignatureVersion ossSignatureVersion() {
    return values.get(OSS_SIGNATURE);
  }

  public ImmSignature immSignature() {
    return values.get(IMM_SIGNATURE);
  }

  public int rateLimitPerMinute() {
    return values.get(RATE_LIMIT);
  }

  public int trustedProxies() {
    return values.get(TRUSTED_PROXIES);
  }

  public UploadFlow uploadFlow() {
    return values.get(UPLOAD_FLOW);
  }

  public int maxFilesPerSession() {
    return values.get(MAX_FILES_PER_SESSION);
  }

  /** Bytes per session; the files per session times the largest file unless set, at most {@link Long#MAX_VALUE}. */
  public long maxBytesPerSession() {
    long files = maxFilesPerSession();
    long size = maxFileSize();
    return values.orElse(MAX_BYTES_PER_SESSION, files > Long.MAX_VALUE / size ? Long.MAX_VALUE : files * size);
  }

  public Path dataDir() {
    return values.get(DATA_DIR);
  }

  public SessionKey sessionKey() {
    return sessionKey;
  }
}
