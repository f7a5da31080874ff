package dev.ossdirect.localcloud.oss;

import java.util.List;

/**
 * A bucket of the local OSS and its CORS rules.
 *
 * @param name the bucket name (3 to 63 lower-case letters, digits and hyphens)
 * @param corsRules the bucket's CORS rules, checked in order; none means cross-origin requests are refused
 */
public record BucketConfig(String name, List<CorsRule> corsRules) {

  public BucketConfig {
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")) {
      throw new IllegalArgumentException(
          "Invalid bucket name \"" + name + "\": 3 to 63 lower-case letters, digits and hyphens");
    }
    corsRules = List.copyOf(corsRules);
  }
}
