package dev.ossdirect.reliability.tamper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits inside a structured header value, such as the fields of an {@code Authorization} header. */
final class Headers {

  private Headers() {}

  /**
   * {@code value} with the first group of the first match of {@code pattern} replaced by
   * {@code replacement}, or changed by one character ({@link Alter#oneCharacter}) if it is {@code null}.
   */
  static String replaceGroup(String value, String pattern, String replacement) {
    Matcher matcher = Pattern.compile(pattern).matcher(value);
    if (!matcher.find()) {
      throw new IllegalArgumentException("No " + pattern + " in " + value);
    }
    String group = matcher.group(1);
    String changed = replacement != null ? replacement : Alter.oneCharacter(group);
    return value.substring(0, matcher.start(1)) + changed + value.substring(matcher.end(1));
  }
}
