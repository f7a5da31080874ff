package dev.ossdirect.localcloud.junit5;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.oss.BucketConfig;
import dev.ossdirect.localcloud.oss.CorsRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The settings of one {@link LocalCloudTest}: buckets, CORS origins and the role's policy, each of them
 * empty (or {@code null}) where the local cloud's default stands. Read from the annotation and its JSON
 * file; a file that cannot be read, is not JSON, or holds a name or a type the annotation does not have
 * fails the test class with a message that says which, rather than starting a cloud that differs from
 * what the test asked for.
 *
 * @param buckets bucket names, the first being the connection's {@code bucket()}
 * @param corsOrigins origins allowed to call OSS and IMM from a browser
 * @param rolePolicy the role's policy document as JSON, or {@code null}
 */
record LocalCloudSettings(List<String> buckets, List<String> corsOrigins, String rolePolicy) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NAMES = Set.of("buckets", "corsOrigins", "rolePolicy");

  LocalCloudSettings {
    buckets = List.copyOf(buckets);
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** No settings: the local cloud's defaults throughout. */
  static LocalCloudSettings defaults() {
    return new LocalCloudSettings(List.of(), List.of(), null);
  }

  /** The settings of {@code annotation} over those of its file, found by {@code classLoader}. */
  static LocalCloudSettings of(LocalCloudTest annotation, ClassLoader classLoader) {
    LocalCloudSettings file = annotation.settings().isEmpty()
        ? defaults()
        : fromResource(annotation.settings(), classLoader);
    return new LocalCloudSettings(
        annotation.buckets().length > 0 ? List.of(annotation.buckets()) : file.buckets(),
        annotation.corsOrigins().length > 0 ? List.of(annotation.corsOrigins()) : file.corsOrigins(),
        annotation.rolePolicy().isEmpty() ? file.rolePolicy() : annotation.rolePolicy());
  }

  /** The settings in the JSON file {@code resource} on the classpath of {@code classLoader}. */
  static LocalCloudSettings fromResource(String resource, ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Local cloud settings " + resource + " are not on the classpath");
      }
      return fromJson(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("Local cloud settings " + resource + " cannot be read", e);
    }
  }

  /** The settings in {@code json}, the text of the file {@code source}. */
  static LocalCloudSettings fromJson(String source, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Local cloud settings " + source + " are not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("Local cloud settings " + source + " must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("Local cloud settings " + source + " have an unknown setting \""
            + name + "\"; the settings are buckets, corsOrigins and rolePolicy");
      }
    }
    JsonNode policy = root.get("rolePolicy");
    if (policy != null && !policy.isObject() && !policy.isTextual()) {
      throw new IllegalArgumentException(
          "Local cloud settings " + source + ": rolePolicy must be a policy document or its text");
    }
    return new LocalCloudSettings(
        strings(source, root, "buckets"),
        strings(source, root, "corsOrigins"),
        policy == null ? null : policy.isTextual() ? policy.textValue() : policy.toString());
  }

  private static List<String> strings(String source, JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          "Local cloud settings " + source + ": " + name + " must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException(
            "Local cloud settings " + source + ": " + name + " must be an array of strings, not " + value);
      }
      values.add(value.textValue());
    }
    return values;
  }

  /**
   * A configuration of these settings on free loopback ports, with its data in {@code dataDir}. Every
   * bucket gets the CORS rule a browser app needs ({@link CorsRule#forApp}) for the origins.
   */
  LocalCloudConfig toConfig(Path dataDir) {
    LocalCloudConfig config = new LocalCloudConfig().host("127.0.0.1").ports(0, 0, 0).dataDir(dataDir);
    if (!corsOrigins.isEmpty()) {
      config.allowedOrigins(corsOrigins);
    }
    if (!buckets.isEmpty()) {
      List<BucketConfig> configured = new ArrayList<>();
      for (String bucket : buckets) {
        configured.add(new BucketConfig(bucket, List.of(CorsRule.forApp(config.allowedOrigins()))));
      }
      config.buckets(configured);
    }
    if (rolePolicy != null) {
      config.rolePolicies(List.of(rolePolicy));
    }
    return config;
  }
}
