package dev.ossdirect.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.signing.time.UtcTimestamps;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionConfigTest {

  private static final long SERVER_NOW = UtcTimestamps.parseIso8601("2026-01-01T12:00:00Z");

  @Test
  void readsEverythingTheEndpointSends() {
    String json = Sessions.answer("STS.abc", SERVER_NOW + 900_000)
        .ossSignatureVersion(OssSignatureVersion.V1).immSignature(ImmSignature.ACS3).build().toJson();
    SessionConfig config = SessionConfig.fromJson(json, SERVER_NOW, null);
    assertEquals("STS.abc", config.credentials().accessKeyId());
    assertEquals("secret-STS.abc", config.credentials().accessKeySecret());
    assertEquals("token-STS.abc", config.credentials().securityToken());
    assertEquals("cn-hangzhou", config.region());
    assertEquals("web-direct-upload", config.bucket());
    assertEquals("http://127.0.0.1:9102/web-direct-upload", config.ossEndpoint());
    assertEquals(OssSignatureVersion.V1, config.ossSignatureVersion());
    assertEquals("http://127.0.0.1:9103", config.immEndpoint());
    assertEquals("web-direct-project", config.immProject());
    assertEquals(ImmSignature.ACS3, config.immSignature());
    assertEquals(Sessions.PREFIX, config.uploadPrefix());
    assertEquals(20971520, config.maxFileSize());
    assertEquals(List.of("image/jpeg", "image/png", "image/*"), config.allowedContentTypes());
  }

  @Test
  void defaultsToSignatureV4AndRpcV1() {
    String json = Sessions.json("STS.abc", SERVER_NOW + 900_000)
        .replace("\"OssSignatureVersion\":\"v4\"", "\"OssSignatureVersion\":\"\"")
        .replace("\"ImmSignature\":\"rpc-v1\"", "\"ImmSignature\":\"whatever\"");
    assertTrue(json.contains("\"OssSignatureVersion\":\"\"") && json.contains("\"ImmSignature\":\"whatever\""), json);
    SessionConfig config = SessionConfig.fromJson(json, SERVER_NOW, null);
    assertEquals(OssSignatureVersion.V4, config.ossSignatureVersion());
    assertEquals(ImmSignature.RPC_V1, config.immSignature());
  }

  @Test
  void keepsTheExpiryOnTheBrowsersClockUsingTheServersDate() {
    long browserNow = SERVER_NOW + 3_600_000;
    SessionConfig config = SessionConfig.fromJson(Sessions.json("STS.abc", SERVER_NOW + 900_000),
        browserNow, UtcTimestamps.formatRfc1123(SERVER_NOW));
    assertEquals(browserNow + 900_000, (long) config.credentials().expirationMillis());
  }

  @Test
  void withoutADateTheBrowsersClockIsTrusted() {
    SessionConfig config = SessionConfig.fromJson(Sessions.json("STS.abc", SERVER_NOW + 900_000),
        SERVER_NOW + 100_000, "not a date");
    assertEquals(SERVER_NOW + 900_000, (long) config.credentials().expirationMillis());
  }

  @Test
  void namesTheMissingField() {
    String json = Sessions.json("STS.abc", SERVER_NOW).replace("\"Bucket\"", "\"Bukket\"");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SessionConfig.fromJson(json, SERVER_NOW, null));
    assertTrue(e.getMessage().contains("Bucket"));
  }
}
