package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.codec.JsonString;
import dev.ossdirect.signing.codec.Utf8;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition of an OSS POST policy: what a form field, the bucket, or the size of the file must be.
 *
 * <pre>
 * EXACT                 {"field":"value"}                      the field is exactly value
 * EQUALS                ["eq","$field","value"]                the same, in the list form
 * STARTS_WITH           ["starts-with","$field","prefix"]      the field starts with prefix ("" allows any)
 * IN, NOT_IN            ["in","$field",["a","b"]]              the field is (is not) one of the values
 * CONTENT_LENGTH_RANGE  ["content-length-range",min,max]       the file has min to max bytes, both included
 * </pre>
 *
 * <p>Strings are written by {@link JsonString}, with no space anywhere, as Alibaba's Java SDK writes them.
 * Field names are compared without case by OSS; {@code bucket} names the bucket rather than a form field.
 * Text with an unpaired surrogate is refused: its UTF-8 form would not say what the caller meant.
 */
public final class OssPostCondition {

  /** How a condition matches. */
  public enum Match {
    EXACT,
    EQUALS,
    STARTS_WITH,
    IN,
    NOT_IN,
    CONTENT_LENGTH_RANGE
  }

  /** The field name of a content-length-range condition, which is not a form field. */
  public static final String CONTENT_LENGTH_RANGE = "content-length-range";

  private final Match match;
  private final String field;
  private final List<String> values;
  private final long min;
  private final long max;

  private OssPostCondition(Match match, String field, List<String> values, long min, long max) {
    this.match = match;
    this.field = field;
    this.values = values;
    this.min = min;
    this.max = max;
  }

  /** {@code {"field":"value"}}. */
  public static OssPostCondition exact(String field, String value) {
    return new OssPostCondition(Match.EXACT, checkedField(field), single(value), 0, 0);
  }

  /** {@code ["eq","$field","value"]}. */
  public static OssPostCondition equal(String field, String value) {
    return new OssPostCondition(Match.EQUALS, checkedField(field), single(value), 0, 0);
  }

  /** {@code ["starts-with","$field","prefix"]}. */
  public static OssPostCondition startsWith(String field, String prefix) {
    return new OssPostCondition(Match.STARTS_WITH, checkedField(field), single(prefix), 0, 0);
  }

  /** {@code ["in","$field",[values]]}: the field is one of {@code values}, of which there is at least one. */
  public static OssPostCondition in(String field, List<String> values) {
    return new OssPostCondition(Match.IN, checkedField(field), checkedValues(values), 0, 0);
  }

  /** {@code ["not-in","$field",[values]]}: the field is none of {@code values}. */
  public static OssPostCondition notIn(String field, List<String> values) {
    return new OssPostCondition(Match.NOT_IN, checkedField(field), checkedValues(values), 0, 0);
  }

  /** {@code ["content-length-range",min,max]}: the file has from {@code min} to {@code max} bytes. */
  public static OssPostCondition contentLengthRange(long min, long max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "content-length-range needs 0 <= min <= max, not " + min + " and " + max);
    }
    return new OssPostCondition(
        Match.CONTENT_LENGTH_RANGE, CONTENT_LENGTH_RANGE, Collections.<String>emptyList(), min, max);
  }

  public Match match() {
    return match;
  }

  /** The field the condition is about, without {@code $}; {@code content-length-range} for a size range. */
  public String field() {
    return field;
  }

  /** The value or prefix of a condition on one value; the first value of {@code in} and {@code not-in}. */
  public String value() {
    return values.isEmpty() ? null : values.get(0);
  }

  /** The values of {@code in} and {@code not-in}; the one value of the others; none for a size range. */
  public List<String> values() {
    return values;
  }

  /** The fewest bytes a content-length-range allows. */
  public long min() {
    return min;
  }

  /** The most bytes a content-length-range allows. */
  public long max() {
    return max;
  }

  /** The condition as it is written in the policy document. */
  public String toJson() {
    switch (match) {
      case EXACT:
        return "{" + JsonString.quote(field) + ":" + JsonString.quote(value()) + "}";
      case EQUALS:
        return listForm("eq", JsonString.quote(value()));
      case STARTS_WITH:
        return listForm("starts-with", JsonString.quote(value()));
      case IN:
        return listForm("in", quotedList());
      case NOT_IN:
        return listForm("not-in", quotedList());
      default:
        return "[\"" + CONTENT_LENGTH_RANGE + "\"," + min + "," + max + "]";
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OssPostCondition)) {
      return false;
    }
    OssPostCondition that = (OssPostCondition) other;
    return match == that.match && field.equals(that.field) && values.equals(that.values)
        && min == that.min && max == that.max;
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }

  private String listForm(String operator, String operand) {
    return "[\"" + operator + "\"," + JsonString.quote("$" + field) + "," + operand + "]";
  }

  private String quotedList() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",").append(JsonString.quote(values.get(i)));
    }
    return out.append(']').toString();
  }

  private static String checkedField(String field) {
    if (field == null || field.isEmpty()) {
      throw new IllegalArgumentException("A policy condition needs a field name");
    }
    return checkedText(field);
  }

  private static List<String> single(String value) {
    if (value == null) {
      throw new IllegalArgumentException("A policy condition needs a value");
    }
    return Collections.singletonList(checkedText(value));
  }

  private static List<String> checkedValues(List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("in and not-in need at least one value");
    }
    List<String> copy = new ArrayList<>();
    for (String value : values) {
      copy.addAll(single(value));
    }
    return Collections.unmodifiableList(copy);
  }

  private static String checkedText(String text) {
    if (Utf8.firstUnpairedSurrogate(text) >= 0) {
      throw new IllegalArgumentException("A policy condition holds an unpaired surrogate");
    }
    return text;
  }
}
