package dev.ossdirect.localcloud.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalCloudSettingsTest {

  private static final String POLICY =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:GetObject\",\"Resource\":\"*\"}]}";

  @Test
  void anEmptyObjectKeepsEveryDefault() {
    LocalCloudSettings settings = LocalCloudSettings.fromJson("empty.json", "{}");
    assertEquals(LocalCloudSettings.defaults(), settings);
    LocalCloudConfig config = settings.toConfig(Path.of("data"));
    assertEquals(new LocalCloudConfig().buckets(), config.buckets());
    assertEquals(new LocalCloudConfig().rolePolicies(), config.rolePolicies());
    assertEquals("127.0.0.1", config.host());
    assertEquals(List.of(0, 0, 0), List.of(config.stsPort(), config.ossPort(), config.immPort()));
  }

  @Test
  void readsEverySetting() {
    LocalCloudSettings settings = LocalCloudSettings.fromJson("all.json",
        "{\"buckets\":[\"one-bucket\",\"two-bucket\"],\"corsOrigins\":[\"http://localhost:3000\"],"
            + "\"rolePolicy\":" + POLICY + "}");
    LocalCloudConfig config = settings.toConfig(Path.of("data"));
    List<CorsRule> cors = List.of(CorsRule.forApp(List.of("http://localhost:3000")));
    assertEquals(List.of(new BucketConfig("one-bucket", cors), new BucketConfig("two-bucket", cors)),
        config.buckets());
    assertEquals(List.of("http://localhost:3000"), config.allowedOrigins());
    assertEquals(List.of(POLICY), config.rolePolicies());
  }

  @Test
  void originsAloneGoToTheDefaultBucket() {
    LocalCloudConfig config = LocalCloudSettings.fromJson("origins.json", "{\"corsOrigins\":[\"http://a.test\"]}")
        .toConfig(Path.of("data"));
    assertEquals(
        List.of(new BucketConfig("web-direct-upload", List.of(CorsRule.forApp(List.of("http://a.test"))))),
        config.buckets());
  }

  @Test
  void aPolicyMayBeGivenAsText() {
    String json = "{\"rolePolicy\":" + TextNode.valueOf(POLICY) + "}";
    assertEquals(POLICY, LocalCloudSettings.fromJson("text.json", json).rolePolicy());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "[]", "\"buckets\"", "{\"buckets\":", "{\"bucket\":[\"a-bucket\"]}", "{\"buckets\":\"a-bucket\"}",
      "{\"buckets\":[1]}", "{\"corsOrigins\":[null]}", "{\"rolePolicy\":1}", "{\"rolePolicy\":[]}"})
  void refusesWhatItCannotReadAndNamesTheFile(String json) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LocalCloudSettings.fromJson("bad.json", json));
    assertTrue(e.getMessage().startsWith("Local cloud settings bad.json"), e.getMessage());
  }

  @Test
  void anUnknownSettingIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalCloudSettings.fromJson("bad.json", "{\"buckets\":[],\"region\":\"cn-beijing\"}"));
    assertTrue(e.getMessage().contains("\"region\""), e.getMessage());
  }

  @Test
  void aFileNotOnTheClasspathIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalCloudSettings.fromResource("missing-cloud.json", getClass().getClassLoader()));
    assertEquals("Local cloud settings missing-cloud.json are not on the classpath", e.getMessage());
  }

  @Test
  void theAnnotationWinsOverItsFileSettingBySetting() {
    LocalCloudSettings settings = LocalCloudSettings.of(
        Overridden.class.getAnnotation(LocalCloudTest.class), getClass().getClassLoader());
    assertEquals(List.of("own-bucket"), settings.buckets());
    assertEquals(List.of("http://localhost:3000"), settings.corsOrigins(), "from the file");
    assertEquals(POLICY.replace("GetObject", "PutObject"), settings.rolePolicy());
  }

  @Test
  void anAnnotationWithoutAFileSetsOnlyWhatItNames() {
    LocalCloudSettings settings = LocalCloudSettings.of(
        BucketsOnly.class.getAnnotation(LocalCloudTest.class), getClass().getClassLoader());
    assertEquals(List.of("own-bucket"), settings.buckets());
    assertEquals(List.of(), settings.corsOrigins());
    assertNull(settings.rolePolicy());
  }

  @LocalCloudTest(settings = "sample-service-cloud.json", buckets = "own-bucket",
      rolePolicy = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"oss:PutObject\","
          + "\"Resource\":\"*\"}]}")
  private static final class Overridden {}

  @LocalCloudTest(buckets = "own-bucket")
  private static final class BucketsOnly {}
}
