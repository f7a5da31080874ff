package dev.ossdirect.localcloud;

import dev.ossdirect.settings.Setting;
import dev.ossdirect.settings.SettingsTable;
import dev.ossdirect.settings.ValueParsers;
import java.nio.file.Path;
import java.util.List;

/**
 * The local cloud's settings, declared once: {@link LocalCloudConfig#fromEnvironment} reads them, the
 * standalone command's {@code --help} prints them, and README's table under "The local cloud on its own"
 * is {@link SettingsTable#markdown()} of {@link #TABLE} (a test holds the two together).
 */
public final class LocalCloudSettings {

  static final Setting<String> HOST = Setting.of("host", "LOCALCLOUD_HOST", ValueParsers.text())
      .byDefault("127.0.0.1")
      .means("the address the three services listen on");
  static final Setting<Integer> STS_PORT = Setting.of("sts-port", "LOCALCLOUD_STS_PORT", ValueParsers.port())
      .byDefault(9101)
      .means("STS's port; 0 picks a free one, as for the other two");
  static final Setting<Integer> OSS_PORT = Setting.of("oss-port", "LOCALCLOUD_OSS_PORT", ValueParsers.port())
      .byDefault(9102)
      .means("OSS's port");
  static final Setting<Integer> IMM_PORT = Setting.of("imm-port", "LOCALCLOUD_IMM_PORT", ValueParsers.port())
      .byDefault(9103)
      .means("IMM's port");
  static final Setting<Path> DATA_DIR = Setting.of("data-dir", "LOCALCLOUD_DATA_DIR", ValueParsers.path())
      .byDefault(Path.of("localcloud-data"), "`localcloud-data`")
      .means("where OSS keeps its objects");
  static final Setting<String> REGION = Setting.of("region", "LOCALCLOUD_REGION", ValueParsers.text())
      .byDefault("cn-hangzhou")
      .means("the region of the three services, in their signatures and ARNs");
  static final Setting<String> BUCKET = Setting.of("bucket", "LOCALCLOUD_BUCKET", ValueParsers.text())
      .byDefault("web-direct-upload")
      .means("the bucket");
  static final Setting<String> IMM_PROJECT = Setting.of("imm-project", "LOCALCLOUD_IMM_PROJECT", ValueParsers.text())
      .byDefault("web-direct-project")
      .means("the IMM project");
  static final Setting<List<String>> ALLOWED_ORIGINS =
      Setting.of("allowed-origins", "LOCALCLOUD_ALLOWED_ORIGINS", ValueParsers.commaSeparated())
          .byDefault(List.of("http://localhost:8080", "http://127.0.0.1:8080"),
              "`http://localhost:8080,http://127.0.0.1:8080`")
          .means("the origins of the app's page, whose browser calls the bucket's CORS rule and IMM accept");
  static final Setting<String> ACCESS_KEY_ID = Setting.of("access-key-id", "LOCALCLOUD_ACCESS_KEY_ID",
          ValueParsers.text())
      .documentedDefault("generated at start")
      .means("the RAM user's AccessKey id");
  static final Setting<String> ACCESS_KEY_SECRET = Setting.of("access-key-secret", "LOCALCLOUD_ACCESS_KEY_SECRET",
          ValueParsers.text())
      .secret()
      .documentedDefault("generated at start")
      .means("the RAM user's AccessKey secret");
  static final Setting<Long> MAX_OBJECT_SIZE = Setting.of("max-object-size", "LOCALCLOUD_MAX_OBJECT_SIZE",
          ValueParsers.wholeNumber(1, Long.MAX_VALUE))
      .byDefault(5L * 1024 * 1024 * 1024)
      .means("the largest object OSS stores, in bytes");
  static final Setting<Integer> MAX_CONCURRENT_DECODES = Setting.of("max-concurrent-decodes",
          "LOCALCLOUD_MAX_CONCURRENT_DECODES", ValueParsers.intNumber(1, 10_000))
      .documentedDefault("the number of processors")
      .means("how many pictures IMM decodes at once");
  static final Setting<Long> DECODE_PIXEL_BUDGET = Setting.of("decode-pixel-budget",
          "LOCALCLOUD_DECODE_PIXEL_BUDGET", ValueParsers.wholeNumber(1, Integer.MAX_VALUE))
      .byDefault(LocalCloudConfig.DEFAULT_DECODE_PIXEL_BUDGET)
      .means("how many pixels the pictures IMM decodes at once may declare together");
  static final Setting<Long> DECODE_WAIT_MILLIS = Setting.of("decode-wait-millis",
          "LOCALCLOUD_DECODE_WAIT_MILLIS", ValueParsers.wholeNumber(0, 600_000))
      .byDefault(LocalCloudConfig.DEFAULT_DECODE_WAIT_MILLIS)
      .means("how long a DetectImageFaces call waits for room to decode before it is throttled (HTTP 429)");

  /** Every setting, in README's order. */
  public static final SettingsTable TABLE = new SettingsTable("LOCALCLOUD_", List.of(HOST, STS_PORT, OSS_PORT,
      IMM_PORT, DATA_DIR, REGION, BUCKET, IMM_PROJECT, ALLOWED_ORIGINS, ACCESS_KEY_ID, ACCESS_KEY_SECRET,
      MAX_OBJECT_SIZE, MAX_CONCURRENT_DECODES, DECODE_PIXEL_BUDGET, DECODE_WAIT_MILLIS));

  private LocalCloudSettings() {}
}
