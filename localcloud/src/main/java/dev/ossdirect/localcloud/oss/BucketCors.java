package dev.ossdirect.localcloud.oss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A bucket's CORS rules, applied as OSS applies them: the first rule that allows the origin, the method
 * and every requested header decides.
 *
 * <ul>
 *   <li>A preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) that a
 *       rule allows gets {@code Access-Control-Allow-Origin} (the origin itself), {@code -Allow-Methods}
 *       (the rule's), {@code -Allow-Headers} (those requested), {@code -Expose-Headers} and
 *       {@code -Max-Age}; one that no rule allows is refused.
 *   <li>An actual request whose origin and method a rule allows gets the same headers but the preflight
 *       ones, on every response, errors included, so that a browser script can read the error. Without a
 *       matching rule the response has no CORS header and the browser hides it.
 * </ul>
 *
 * <p>A pattern may hold one {@code *}, which matches any run of characters; nothing else is special, in
 * particular not the {@code ?} that RAM policy patterns have. Header names are compared without case.
 */
final class BucketCors {

  private final List<CorsRule> rules;

  BucketCors(List<CorsRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The headers that answer a preflight, or nothing if no rule allows it.
   *
   * @param origin the {@code Origin} header
   * @param method the {@code Access-Control-Request-Method} header
   * @param requestHeaders the {@code Access-Control-Request-Headers} header, or {@code null}
   */
  Optional<Map<String, String>> preflight(String origin, String method, String requestHeaders) {
    List<String> headers = headerNames(requestHeaders);
    for (CorsRule rule : rules) {
      if (allows(rule, origin, method) && headers.stream().allMatch(header -> allowsHeader(rule, header))) {
        Map<String, String> response = common(rule, origin);
        if (!headers.isEmpty()) {
          response.put("Access-Control-Allow-Headers", String.join(", ", headers));
        }
        if (rule.maxAgeSeconds() >= 0) {
          response.put("Access-Control-Max-Age", Integer.toString(rule.maxAgeSeconds()));
        }
        response.put("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        return Optional.of(response);
      }
    }
    return Optional.empty();
  }

  /** The headers to add to the response of an actual request; empty when no rule allows it. */
  Map<String, String> actualRequest(String origin, String method) {
    if (origin == null) {
      return Map.of();
    }
    for (CorsRule rule : rules) {
      if (allows(rule, origin, method)) {
        Map<String, String> response = common(rule, origin);
        response.put("Vary", "Origin");
        return response;
      }
    }
    return Map.of();
  }

  private static Map<String, String> common(CorsRule rule, String origin) {
    Map<String, String> response = new LinkedHashMap<>();
    response.put("Access-Control-Allow-Origin", origin);
    response.put("Access-Control-Allow-Methods", String.join(", ", rule.allowedMethods()));
    if (!rule.exposeHeaders().isEmpty()) {
      response.put("Access-Control-Expose-Headers", String.join(", ", rule.exposeHeaders()));
    }
    return response;
  }

  private static boolean allows(CorsRule rule, String origin, String method) {
    return rule.allowedOrigins().stream().anyMatch(pattern -> matches(pattern, origin))
        && rule.allowedMethods().contains(method);
  }

  private static boolean allowsHeader(CorsRule rule, String header) {
    return rule.allowedHeaders().stream()
        .anyMatch(pattern -> matches(pattern.toLowerCase(Locale.ROOT), header));
  }

  private static List<String> headerNames(String requestHeaders) {
    List<String> names = new ArrayList<>();
    if (requestHeaders != null) {
      for (String name : requestHeaders.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** Whether {@code text} matches {@code pattern}, whose first {@code *} (if any) matches any run. */
  private static boolean matches(String pattern, String text) {
    int star = pattern.indexOf('*');
    if (star < 0) {
      return pattern.equals(text);
    }
    String prefix = pattern.substring(0, star);
    String suffix = pattern.substring(star + 1);
    return text.length() >= prefix.length() + suffix.length()
        && text.startsWith(prefix)
        && text.endsWith(suffix);
  }
}
