package dev.ossdirect.server;

import dev.ossdirect.settings.InvalidValueException;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.UploadFlow;
import dev.ossdirect.settings.Setting;
import dev.ossdirect.settings.SettingsTable;
import dev.ossdirect.settings.ValueParser;
import dev.ossdirect.settings.ValueParsers;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server's settings, declared once: {@link ServerSettings} reads them, {@code --help} prints them, and
 * README's table under "Configuring the server" is {@link SettingsTable#markdown()} of {@link #TABLE}
 * (a test holds the two together).
 */
final class ServerSettingsTable {

  /** The largest object OSS stores: 48.8 TiB, which 10,000 parts of the largest part size reach. */
  private static final long MAX_FILE_SIZE = 48L * 1024 * 1024 * 1024 * 1024;

  static final Setting<Integer> PORT = Setting.of("port", "OSSDIRECT_PORT", ValueParsers.port()).orFrom("PORT")
      .byDefault(8080)
      .means("the HTTP port");
  static final Setting<String> HOST = Setting.of("host", "OSSDIRECT_HOST", ValueParsers.text())
      .documentedDefault("127.0.0.1 (local), 0.0.0.0 (cloud)")
      .means("the address to listen on");
  static final Setting<String> REGION = Setting.of("region", "OSSDIRECT_REGION", ValueParsers.text())
      .means("cloud mode: the region of the bucket and the IMM project, e.g. `cn-hangzhou`");
  static final Setting<String> BUCKET = Setting.of("bucket", "OSSDIRECT_BUCKET",
          matching("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]", "3 to 63 lower-case letters, digits and hyphens"))
      .means("cloud mode: the bucket uploads go to");
  static final Setting<String> IMM_PROJECT = Setting.of("imm-project", "OSSDIRECT_IMM_PROJECT", ValueParsers.text())
      .means("cloud mode: the IMM project");
  static final Setting<String> ROLE_ARN = Setting.of("role-arn", "OSSDIRECT_ROLE_ARN",
          matching("acs:ram::\\d+:role/[A-Za-z0-9.\\-_]{1,64}",
              "a role ARN such as acs:ram::1234567890123456:role/imm-web-upload"))
      .means("cloud mode: the role to assume, `acs:ram::<account>:role/<name>`");
  static final Setting<URI> STS_ENDPOINT = Setting.of("sts-endpoint", "OSSDIRECT_STS_ENDPOINT", endpoint())
      .documentedDefault("`https://sts.<region>.aliyuncs.com`")
      .means("STS, as the server calls it");
  static final Setting<URI> OSS_ENDPOINT = Setting.of("oss-endpoint", "OSSDIRECT_OSS_ENDPOINT", endpoint())
      .documentedDefault("`https://oss-<region>.aliyuncs.com`")
      .means("OSS; the browser calls `https://<bucket>.<endpoint host>`, or path-style for an IP address");
  static final Setting<URI> IMM_ENDPOINT = Setting.of("imm-endpoint", "OSSDIRECT_IMM_ENDPOINT", endpoint())
      .documentedDefault("`https://imm.<region>.aliyuncs.com`")
      .means("IMM, as the browser calls it");
  static final Setting<String> UPLOAD_PREFIX = Setting.of("upload-prefix", "OSSDIRECT_UPLOAD_PREFIX", uploadPrefix())
      .byDefault("uploads/", "`uploads/`")
      .means("the folder for uploads; each session writes only into `<prefix><session id>/`");
  static final Setting<Integer> TOKEN_LIFETIME =
      Setting.of("token-lifetime", "OSSDIRECT_TOKEN_LIFETIME", ValueParsers.intNumber(900, 3600))
          .byDefault(900)
          .means("seconds, 900 to 3600");
  static final Setting<Long> MAX_FILE_SIZE_SETTING =
      Setting.of("max-file-size", "OSSDIRECT_MAX_FILE_SIZE", ValueParsers.wholeNumber(1, MAX_FILE_SIZE))
          .byDefault(20L * 1024 * 1024)
          .means("bytes the browser may upload per file");
  static final Setting<List<String>> ALLOWED_TYPES =
      Setting.of("allowed-types", "OSSDIRECT_ALLOWED_TYPES", contentTypes())
          .byDefault(List.of("image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp"),
              "`image/jpeg,image/png,image/webp,image/gif,image/bmp`")
          .means("content types the browser may upload");
  static final Setting<OssSignatureVersion> OSS_SIGNATURE = Setting.of("oss-signature", "OSSDIRECT_OSS_SIGNATURE",
          ValueParsers.oneOf(List.of(OssSignatureVersion.values()), OssSignatureVersion::wireName))
      .byDefault(OssSignatureVersion.V4, "`v4`")
      .means("`v4`, or `v1` for old buckets");
  static final Setting<ImmSignature> IMM_SIGNATURE = Setting.of("imm-signature", "OSSDIRECT_IMM_SIGNATURE",
          ValueParsers.oneOf(List.of(ImmSignature.values()), ImmSignature::wireName))
      .byDefault(ImmSignature.RPC_V1, "`rpc-v1`")
      .means("how the browser signs IMM calls: `rpc-v1` or `acs3`");
  static final Setting<Integer> RATE_LIMIT =
      Setting.of("rate-limit", "OSSDIRECT_RATE_LIMIT", ValueParsers.intNumber(0, 1_000_000))
          .byDefault(30)
          .means("token requests per minute per client address; 0 lifts the limit");
  static final Setting<Integer> TRUSTED_PROXIES =
      Setting.of("trusted-proxies", "OSSDIRECT_TRUSTED_PROXIES", ValueParsers.intNumber(0, 10))
          .byDefault(0)
          .means("how many reverse proxies or load balancers in front of the server append the client's address "
              + "to `X-Forwarded-For`; the rate limit then counts the address the outermost one saw");
  static final Setting<UploadFlow> UPLOAD_FLOW = Setting.of("upload-flow", "OSSDIRECT_UPLOAD_FLOW",
          ValueParsers.oneOf(List.of(UploadFlow.values()), UploadFlow::wireName))
      .byDefault(UploadFlow.SERVER_SIGNED, "`server-signed`")
      .means("`server-signed`: the server signs each upload and OSS enforces the limits; `browser-token`: the "
          + "browser's token may write into its session's folder and the limits hold only in the page (below)");
  static final Setting<Integer> MAX_FILES_PER_SESSION =
      Setting.of("max-files-per-session", "OSSDIRECT_MAX_FILES_PER_SESSION", ValueParsers.intNumber(1, 1_000_000))
          .byDefault(100)
          .means("server-signed flow: files the server signs per browser session");
  static final Setting<Long> MAX_BYTES_PER_SESSION = Setting.of("max-bytes-per-session",
          "OSSDIRECT_MAX_BYTES_PER_SESSION", ValueParsers.wholeNumber(1, Long.MAX_VALUE))
      .documentedDefault("max files per session × max file size")
      .means("server-signed flow: bytes the server signs per browser session");
  static final Setting<Path> DATA_DIR = Setting.of("data-dir", "OSSDIRECT_DATA_DIR", ValueParsers.path())
      .byDefault(Path.of("ossdirect-data"), "`ossdirect-data`")
      .means("local mode: where the local cloud keeps objects");
  static final Setting<SessionKey> SESSION_KEY = Setting.of("session-key", "OSSDIRECT_SESSION_KEY", sessionKey())
      .secret()
      .documentedDefault("cloud mode: required; local mode: random at each start")
      .means("the secret that signs session cookies: at least 32 random bytes, as hex (only hex digits, an even "
          + "number of them) or else base64 (standard or URL-safe, padding optional), e.g. `openssl rand -hex 32`; "
          + "the same on every instance");

  /** Every setting, in README's order. */
  static final SettingsTable TABLE = new SettingsTable("OSSDIRECT_", List.of(PORT, HOST, REGION, BUCKET,
      IMM_PROJECT, ROLE_ARN, STS_ENDPOINT, OSS_ENDPOINT, IMM_ENDPOINT, UPLOAD_PREFIX, TOKEN_LIFETIME,
      MAX_FILE_SIZE_SETTING, ALLOWED_TYPES, OSS_SIGNATURE, IMM_SIGNATURE, RATE_LIMIT, TRUSTED_PROXIES,
      UPLOAD_FLOW, MAX_FILES_PER_SESSION, MAX_BYTES_PER_SESSION, DATA_DIR, SESSION_KEY));

  /** The settings that turn cloud mode on; all four are required then. */
  static final List<Setting<String>> CLOUD_SETTINGS = List.of(REGION, BUCKET, IMM_PROJECT, ROLE_ARN);

  /** What the session key must be, for messages. */
  static final String SESSION_KEY_EXPECTED = "at least " + SessionKey.MIN_BYTES + " random bytes as hex or base64, "
      + "e.g. from `openssl rand -hex " + SessionKey.MIN_BYTES + "`";

  private ServerSettingsTable() {}

  private static ValueParser<String> matching(String pattern, String expected) {
    return text -> {
      if (!text.matches(pattern)) {
        throw new InvalidValueException(expected);
      }
      return text;
    };
  }

  /** An endpoint, {@code https://host} or {@code http://host:port}; a bare host gets {@code https://}. */
  private static ValueParser<URI> endpoint() {
    return text -> {
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
      throw new InvalidValueException("an endpoint such as https://host or http://host:port");
    };
  }

  /** A relative folder; {@code media} becomes {@code media/}. */
  private static ValueParser<String> uploadPrefix() {
    return prefix -> {
      if (prefix.startsWith("/") || prefix.contains("..") || prefix.contains("\\") || prefix.contains("*")) {
        throw new InvalidValueException("a relative folder such as uploads/");
      }
      return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    };
  }

  private static ValueParser<List<String>> contentTypes() {
    return text -> {
      List<String> types = new ArrayList<>();
      for (String type : text.split(",")) {
        String trimmed = type.trim().toLowerCase(Locale.ROOT);
        if (!trimmed.matches("[a-z0-9.+-]+/[a-z0-9.+*-]+")) {
          throw new InvalidValueException("a comma-separated list of media types such as image/jpeg");
        }
        types.add(trimmed);
      }
      return List.copyOf(types);
    };
  }

  /** A session key; the message says what is wrong with it without repeating it, since it is a secret. */
  private static ValueParser<SessionKey> sessionKey() {
    return text -> {
      try {
        return SessionKey.parse(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(SESSION_KEY_EXPECTED, e.getMessage());
      }
    };
  }
}
