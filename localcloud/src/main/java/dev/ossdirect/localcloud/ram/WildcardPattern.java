package dev.ossdirect.localcloud.ram;

/**
 * One segment of a RAM policy pattern ({@link SegmentedPattern}): {@code *} matches any run of characters
 * (none included) and {@code ?} exactly one; every other character matches itself. Within a segment the
 * wildcards match any character, {@code /} and {@code :} included, since the last segment of an ARN, the
 * resource, may hold both.
 */
final class WildcardPattern {

  private final String pattern;
  private final boolean ignoreCase;

  WildcardPattern(String pattern, boolean ignoreCase) {
    this.pattern = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
    this.ignoreCase = ignoreCase;
  }

  /** Whether {@code text} matches, in time linear in the lengths (no backtracking blow-up). */
  boolean matches(String text) {
    String subject = ignoreCase ? text.toLowerCase(java.util.Locale.ROOT) : text;
    int p = 0;
    int s = 0;
    int starPattern = -1;
    int starSubject = 0;
    while (s < subject.length()) {
      // A '*' of the pattern is a wildcard even where the text holds a '*' too (a key may): test it first.
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        starPattern = p++;
        starSubject = s;
      } else if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == subject.charAt(s))) {
        p++;
        s++;
      } else if (starPattern >= 0) {
        p = starPattern + 1;
        s = ++starSubject;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
