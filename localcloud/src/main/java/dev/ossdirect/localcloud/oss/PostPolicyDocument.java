package dev.ossdirect.localcloud.oss;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.oss.OssPostCondition;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy of a PostObject form, as received in its {@code policy} field: Base64 of the UTF-8 of
 *
 * <pre>
 * {"expiration": "2024-06-11T08:40:00.000Z",          UTC, with or without milliseconds
 *  "conditions": [{"bucket": "web-direct-upload"},    exact match: one property, a string
 *                 ["eq", "$key", "uploads/a.jpg"],      eq and starts-with: a $field and a string
 *                 ["starts-with", "$key", "uploads/"],
 *                 ["in", "$content-type", ["image/jpeg", "image/png"]],   in and not-in: a list
 *                 ["content-length-range", 1, 20971520]]}                 two whole numbers, min &lt;= max
 * </pre>
 *
 * <p>Read strictly, as a verifier must: any other shape, member, operator or value type, a duplicate
 * member, or text that is not Base64, UTF-8 or JSON is {@code InvalidPolicyDocument} (400), with a message
 * that says what is wrong. Operators are matched without case, as OSS does. The conditions come back as
 * the signing library's {@link OssPostCondition}s, the same type a server builds its policies from.
 *
 * @param expirationMillis when the policy expires, in epoch milliseconds
 * @param conditions the conditions, in order
 */
record PostPolicyDocument(long expirationMillis, List<OssPostCondition> conditions) {

  private static final ObjectMapper JSON =
      new ObjectMapper(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
          .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  PostPolicyDocument {
    conditions = List.copyOf(conditions);
  }

  /** Decodes and parses the {@code policy} form field. */
  static PostPolicyDocument parse(String encoded) throws OssException {
    String text;
    try {
      text = Utf8.decode(Base64.decode(encoded));
    } catch (IllegalArgumentException e) {
      throw invalid("the policy is not the Base64 of UTF-8 text (" + e.getMessage() + ").");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw invalid("the policy is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("the policy must be a JSON object.");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("expiration") && !name.equals("conditions")) {
        throw invalid("unexpected member \"" + name + "\"; a policy has only expiration and conditions.");
      }
    }
    JsonNode conditions = root.get("conditions");
    if (conditions == null || !conditions.isArray()) {
      throw invalid("Policy missing conditions, which must be an array.")
          .diagnosed(FineGrainedErrorCode.POLICY_WITHOUT_CONDITIONS);
    }
    List<OssPostCondition> parsed = new ArrayList<>();
    for (JsonNode condition : conditions) {
      parsed.add(condition(condition, "condition " + (parsed.size() + 1)));
    }
    return new PostPolicyDocument(expiration(root.get("expiration")), parsed);
  }

  /** The conditions that are not content-length-range, which are about the form's fields and the bucket. */
  List<OssPostCondition> fieldConditions() {
    return conditions.stream()
        .filter(condition -> condition.match() != OssPostCondition.Match.CONTENT_LENGTH_RANGE)
        .toList();
  }

  /** The fewest bytes every content-length-range allows: the largest minimum, or 0 when there is none. */
  long minSize() {
    long min = 0;
    for (OssPostCondition condition : sizeRanges()) {
      min = Math.max(min, condition.min());
    }
    return min;
  }

  /** The most bytes every content-length-range allows: the smallest maximum, or {@code limit}. */
  long maxSize(long limit) {
    long max = limit;
    for (OssPostCondition condition : sizeRanges()) {
      max = Math.min(max, condition.max());
    }
    return max;
  }

  /** Whether some condition is about {@code field}, compared without case. */
  boolean constrains(String field) {
    return conditions.stream().anyMatch(condition -> condition.field().equalsIgnoreCase(field));
  }

  private List<OssPostCondition> sizeRanges() {
    return conditions.stream()
        .filter(condition -> condition.match() == OssPostCondition.Match.CONTENT_LENGTH_RANGE)
        .toList();
  }

  private static long expiration(JsonNode expiration) throws OssException {
    if (expiration == null) {
      throw invalid("Policy missing expiration.");
    }
    String text = expiration.isTextual() ? expiration.textValue() : expiration.toString();
    try {
      if (expiration.isTextual() && text.length() == 20) {
        return UtcTimestamps.parseIso8601(text);
      } else if (expiration.isTextual()) {
        return UtcTimestamps.parseIso8601Millis(text);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw invalid("Invalid 'expiration' value: '" + text
        + "'; it must be a UTC time such as 2024-06-11T08:40:00.000Z.");
  }

  /**
   * One condition; {@code name} says which ("condition 3") in errors, which never quote a condition's values:
   * one may be the security token.
   */
  private static OssPostCondition condition(JsonNode condition, String name) throws OssException {
    if (condition.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = condition.fields();
      if (condition.size() != 1) {
        throw invalid(
            "Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.");
      }
      Map.Entry<String, JsonNode> member = members.next();
      if (!member.getValue().isTextual()) {
        throw invalid("Invalid Simple-Condition: the value of " + name + " must be a string.");
      }
      return checked(() -> OssPostCondition.exact(member.getKey(), member.getValue().textValue()), name);
    }
    if (!condition.isArray() || condition.isEmpty() || !condition.get(0).isTextual()) {
      throw invalid("Invalid " + name + ": each condition must be an object of one property or an array that"
          + " starts with its operator.")
          .diagnosed(condition.isObject() || condition.isArray()
              ? null : FineGrainedErrorCode.POLICY_CONDITION_NOT_MAP_OR_LIST);
    }
    String operator = condition.get(0).textValue().toLowerCase(Locale.ROOT);
    if (condition.size() != 3) {
      throw invalid("Invalid " + name + ": " + operator + " takes exactly two operands.");
    }
    JsonNode first = condition.get(1);
    JsonNode second = condition.get(2);
    switch (operator) {
      case "content-length-range" -> {
        if (!isSize(first) || !isSize(second) || first.longValue() > second.longValue()) {
          throw invalid("Invalid " + name + ": content-length-range takes two whole numbers of bytes, the"
              + " minimum first.");
        }
        return OssPostCondition.contentLengthRange(first.longValue(), second.longValue());
      }
      case "eq", "starts-with" -> {
        String field = field(first, name);
        if (!second.isTextual()) {
          throw invalid("Invalid " + name + ": the value must be a string.")
              .diagnosed(FineGrainedErrorCode.POLICY_CONDITION_VALUE_TYPE);
        }
        return operator.equals("eq")
            ? checked(() -> OssPostCondition.equal(field, second.textValue()), name)
            : checked(() -> OssPostCondition.startsWith(field, second.textValue()), name);
      }
      case "in", "not-in" -> {
        String field = field(first, name);
        List<String> values = new ArrayList<>();
        if (second.isArray()) {
          for (JsonNode value : second) {
            if (!value.isTextual()) {
              throw invalid("Invalid " + name + ": the list must hold strings only.")
                  .diagnosed(FineGrainedErrorCode.POLICY_CONDITION_VALUE_TYPE);
            }
            values.add(value.textValue());
          }
        }
        if (!second.isArray()) {
          throw invalid("Invalid " + name + ": " + operator + " takes a list of strings.")
              .diagnosed(FineGrainedErrorCode.POLICY_CONDITION_VALUE_TYPE);
        } else if (values.isEmpty()) {
          throw invalid("Invalid " + name + ": " + operator + " takes a list of strings.");
        }
        return operator.equals("in")
            ? checked(() -> OssPostCondition.in(field, values), name)
            : checked(() -> OssPostCondition.notIn(field, values), name);
      }
      default -> throw invalid("Unknown condition operator \"" + condition.get(0).textValue() + "\".");
    }
  }

  private static boolean isSize(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0;
  }

  private static String field(JsonNode operand, String name) throws OssException {
    if (!operand.isTextual() || operand.textValue().length() < 2 || !operand.textValue().startsWith("$")) {
      throw invalid("Invalid " + name + ": the field must be a string such as \"$key\".");
    }
    return operand.textValue().substring(1);
  }

  /** Builds a condition, turning what the library refuses (an unpaired surrogate) into a policy error. */
  private static OssPostCondition checked(ConditionFactory factory, String name) throws OssException {
    try {
      return factory.create();
    } catch (IllegalArgumentException e) {
      throw invalid("Invalid " + name + ": " + e.getMessage() + ".");
    }
  }

  private interface ConditionFactory {
    OssPostCondition create();
  }

  private static OssException invalid(String why) {
    return new OssException(400, "InvalidPolicyDocument", "Invalid Policy: " + why);
  }
}
