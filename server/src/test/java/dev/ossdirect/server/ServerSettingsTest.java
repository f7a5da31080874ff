package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  private static final Map<String, String> CLOUD = Map.of(
      "OSSDIRECT_REGION", "cn-hangzhou",
      "OSSDIRECT_BUCKET", "web-direct-upload",
      "OSSDIRECT_IMM_PROJECT", "web-direct-project",
      "OSSDIRECT_ROLE_ARN", "acs:ram::1413397765616316:role/imm-web-upload",
      "OSSDIRECT_SESSION_KEY", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
  private static final String ID = "0123456789abcdef0123456789abcdef";

  private static String failure(Map<String, String> env, String... args) {
    return assertThrows(ConfigurationException.class, () -> ServerSettings.read(env, List.of(args))).getMessage();
  }

  @Test
  void nothingConfiguredMeansLocalModeWithDefaults() {
    ServerSettings settings = ServerSettings.read(Map.of(), List.of());
    assertFalse(settings.cloudMode());
    assertEquals("127.0.0.1", settings.host());
    assertEquals(8080, settings.port());
    assertEquals("uploads/", settings.uploadPrefix());
    assertEquals(900, settings.tokenLifetimeSeconds());
    assertEquals(OssSignatureVersion.V4, settings.ossSignatureVersion());
    assertEquals(ImmSignature.RPC_V1, settings.immSignature());
    assertTrue(settings.allowedContentTypes().contains("image/jpeg"));
    assertEquals(0, settings.trustedProxies());
  }

  @Test
  void uploadsAreServerSignedWithABudgetOfAHundredFilesByDefault() {
    ServerSettings settings = ServerSettings.read(Map.of(), List.of());
    assertEquals(UploadFlow.SERVER_SIGNED, settings.uploadFlow());
    assertEquals(100, settings.maxFilesPerSession());
    assertEquals(100L * 20 * 1024 * 1024, settings.maxBytesPerSession());
    ServerSettings set = ServerSettings.read(Map.of("OSSDIRECT_UPLOAD_FLOW", "browser-token"),
        List.of("--max-files-per-session=1", "--max-file-size=10", "--max-bytes-per-session=15"));
    assertEquals(UploadFlow.BROWSER_TOKEN, set.uploadFlow());
    assertEquals(1, set.maxFilesPerSession());
    assertEquals(15, set.maxBytesPerSession());
    assertEquals(Long.MAX_VALUE, ServerSettings.read(Map.of(), List.of("--max-files-per-session=1000000",
        "--max-file-size=" + 48L * 1024 * 1024 * 1024 * 1024)).maxBytesPerSession(), "saturates, never overflows");
    assertTrue(failure(Map.of(), "--upload-flow=page").startsWith("OSSDIRECT_UPLOAD_FLOW is invalid"));
    assertTrue(failure(Map.of(), "--max-files-per-session=0").startsWith("OSSDIRECT_MAX_FILES_PER_SESSION is invalid"));
    assertTrue(failure(Map.of(), "--max-bytes-per-session=0").startsWith("OSSDIRECT_MAX_BYTES_PER_SESSION is invalid"));
  }

  @Test
  void cloudModeDerivesTheRegionalEndpoints() {
    ServerSettings settings = ServerSettings.read(CLOUD, List.of());
    assertTrue(settings.cloudMode());
    assertEquals("0.0.0.0", settings.host());
    assertEquals("https://sts.cn-hangzhou.aliyuncs.com", settings.stsEndpoint().toString());
    assertEquals("https://oss-cn-hangzhou.aliyuncs.com", settings.ossEndpoint().toString());
    assertEquals("https://imm.cn-hangzhou.aliyuncs.com", settings.immEndpoint().toString());
  }

  @Test
  void halfFilledCloudSettingsNameTheMissingVariable() {
    String message = failure(Map.of("OSSDIRECT_REGION", "cn-hangzhou", "OSSDIRECT_BUCKET", "b-1"));
    assertTrue(message.startsWith("OSSDIRECT_IMM_PROJECT is missing"), message);
    assertTrue(failure(Map.of("OSSDIRECT_ROLE_ARN", "acs:ram::1:role/r")).startsWith("OSSDIRECT_REGION is missing"));
  }

  @Test
  void invalidValuesNameTheirVariable() {
    assertTrue(failure(Map.of("OSSDIRECT_PORT", "eighty")).startsWith("OSSDIRECT_PORT is invalid"));
    assertTrue(failure(Map.of(), "--token-lifetime=60").startsWith("OSSDIRECT_TOKEN_LIFETIME is invalid"));
    assertTrue(failure(Map.of("OSSDIRECT_OSS_SIGNATURE", "v2")).startsWith("OSSDIRECT_OSS_SIGNATURE is invalid"));
    assertTrue(failure(Map.of("OSSDIRECT_UPLOAD_PREFIX", "../x")).startsWith("OSSDIRECT_UPLOAD_PREFIX is invalid"));
    assertTrue(failure(Map.of("OSSDIRECT_ALLOWED_TYPES", "images")).startsWith("OSSDIRECT_ALLOWED_TYPES is invalid"));
    assertTrue(failure(Map.of("OSSDIRECT_STS_ENDPOINT", "ftp://x")).startsWith("OSSDIRECT_STS_ENDPOINT is invalid"));
    assertTrue(failure(Map.of(), "--trusted-proxies=-1").startsWith("OSSDIRECT_TRUSTED_PROXIES is invalid"));
    Map<String, String> badArn = new java.util.HashMap<>(CLOUD);
    badArn.put("OSSDIRECT_ROLE_ARN", "imm-web-upload");
    assertTrue(failure(badArn).startsWith("OSSDIRECT_ROLE_ARN is invalid"));
    assertTrue(failure(Map.of("OSSDIRECT_COLOUR", "blue")).startsWith("Unknown setting OSSDIRECT_COLOUR"));
  }

  @Test
  void cloudModeNeedsASessionKey() {
    Map<String, String> withoutKey = new java.util.HashMap<>(CLOUD);
    withoutKey.remove("OSSDIRECT_SESSION_KEY");
    String message = failure(withoutKey);
    assertTrue(message.startsWith("OSSDIRECT_SESSION_KEY is missing"), message);
    assertTrue(message.contains("every instance"), message);
  }

  @Test
  void localModeMakesUpAKeyUnlessOneIsSet() {
    assertNotEquals(ServerSettings.read(Map.of(), List.of()).sessionKey().mac(ID),
        ServerSettings.read(Map.of(), List.of()).sessionKey().mac(ID));
    String key = CLOUD.get("OSSDIRECT_SESSION_KEY");
    assertEquals(ServerSettings.read(CLOUD, List.of()).sessionKey().mac(ID),
        ServerSettings.read(Map.of(), List.of("--session-key=" + key)).sessionKey().mac(ID));
  }

  @Test
  void aBadSessionKeyIsNamedButNeverRepeated() {
    String short31 = "00112233445566778899aabbccddeeff00112233445566778899aabbccddee";
    for (String message : List.of(
        failure(Map.of("OSSDIRECT_SESSION_KEY", short31)),
        failure(Map.of(), "--session-key=" + short31),
        failure(Map.of("OSSDIRECT_SESSION_KEY", short31 + "!!")))) {
      assertTrue(message.startsWith("OSSDIRECT_SESSION_KEY is invalid"), message);
      assertTrue(message.contains("at least 32"), message);
      assertFalse(message.contains(short31.substring(0, 16)), message);
    }
    assertTrue(failure(Map.of("OSSDIRECT_SESSION_KEY", short31)).contains("31 bytes"));
  }

  @Test
  void flagsWinOverEnvironmentAndPortComesFromPort() {
    assertEquals(9000, ServerSettings.read(Map.of("PORT", "9000"), List.of()).port());
    assertEquals(9001, ServerSettings.read(Map.of("PORT", "9000", "OSSDIRECT_PORT", "9001"), List.of()).port());
    assertEquals(9002, ServerSettings.read(Map.of("OSSDIRECT_PORT", "9001"), List.of("--port=9002")).port());
    assertEquals(9003, ServerSettings.read(Map.of(), List.of("--port", "9003")).port());
    assertEquals("media/", ServerSettings.read(Map.of(), List.of("--upload-prefix=media")).uploadPrefix());
  }
}
