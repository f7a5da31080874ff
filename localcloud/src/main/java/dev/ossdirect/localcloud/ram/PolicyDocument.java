package dev.ossdirect.localcloud.ram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A RAM policy document:
 *
 * <pre>
 * {"Version": "1",
 *  "Statement": [{"Effect": "Allow" | "Deny",
 *                 "Action": "oss:PutObject" | ["oss:PutObject", ...],
 *                 "Resource": "acs:oss:*:*:bucket/uploads/*" | [...]}, ...]}
 * </pre>
 *
 * <p>Actions match case-insensitively and resources case-sensitively, both with the wildcards {@code *}
 * and {@code ?}, and both segment by segment ({@link SegmentedPattern}): a resource pattern is {@code *}
 * or an ARN of five segments, whose wildcards in the service, region and account never reach into the
 * resource segment. A resource pattern with fewer segments, such as {@code acs:oss:*}, is a grammar error.
 * A deny wins over any allow, and nothing is allowed unless a statement allows it.
 *
 * <p>{@code Condition}, {@code NotAction}, {@code NotResource} and {@code Principal} are refused as a
 * grammar error, since this local cloud cannot evaluate them and must not silently grant more than the
 * real cloud would.
 */
public final class PolicyDocument {

  private static final ObjectMapper JSON = strictMapper();
  private static final Set<String> STATEMENT_FIELDS = Set.of("Effect", "Action", "Resource", "Sid");
  private static final int MAX_NESTING = 8;

  private final String text;
  private final List<PolicyStatement> statements;

  private PolicyDocument(String text, List<PolicyStatement> statements) {
    this.text = text;
    this.statements = statements;
  }

  /** Parses and checks {@code text}; throws {@link PolicyGrammarException} saying what is wrong. */
  public static PolicyDocument parse(String text) throws PolicyGrammarException {
    if (text == null || text.isBlank()) {
      throw new PolicyGrammarException("The policy is empty.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PolicyGrammarException("The policy is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PolicyGrammarException("The policy must be a JSON object.");
    }
    checkDepth(root, 0);
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("Version") && !name.equals("Statement")) {
        throw new PolicyGrammarException("Unknown policy field \"" + name + "\".");
      }
    }
    JsonNode version = root.get("Version");
    if (version == null || !version.isTextual() || !version.textValue().equals("1")) {
      throw new PolicyGrammarException("\"Version\" must be the string \"1\".");
    }
    JsonNode statementNode = root.get("Statement");
    if (statementNode == null || !statementNode.isArray()) {
      throw new PolicyGrammarException("\"Statement\" must be an array.");
    }
    List<PolicyStatement> statements = new ArrayList<>();
    int index = 0;
    for (JsonNode statement : statementNode) {
      statements.add(statement(statement, index++));
    }
    return new PolicyDocument(text, Collections.unmodifiableList(statements));
  }

  /** A document that allows each of {@code actions} on each of {@code resources}. */
  public static PolicyDocument allowing(List<String> actions, List<String> resources) {
    Map<String, Object> document =
        Map.of(
            "Version", "1",
            "Statement", List.of(Map.of("Effect", "Allow", "Action", actions, "Resource", resources)));
    try {
      return parse(JSON.writeValueAsString(document));
    } catch (JsonProcessingException | PolicyGrammarException e) {
      throw new IllegalArgumentException("Invalid actions or resources: " + e.getMessage(), e);
    }
  }

  /** What this document says about {@code action} on {@code resource}. */
  public Decision decide(String action, String resource) {
    boolean allowed = false;
    for (PolicyStatement statement : statements) {
      if (statement.covers(action, resource)) {
        if (!statement.allows()) {
          return Decision.DENY;
        }
        allowed = true;
      }
    }
    return allowed ? Decision.ALLOW : Decision.NOT_MENTIONED;
  }

  /** The document as it was written. */
  public String text() {
    return text;
  }

  public List<PolicyStatement> statements() {
    return statements;
  }

  @Override
  public String toString() {
    return text;
  }

  private static PolicyStatement statement(JsonNode node, int index) throws PolicyGrammarException {
    String where = "Statement " + (index + 1);
    if (!node.isObject()) {
      throw new PolicyGrammarException(where + " must be an object.");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!STATEMENT_FIELDS.contains(name)) {
        throw new PolicyGrammarException(
            where + " has \"" + name + "\", which this local cloud does not support.");
      }
    }
    JsonNode effect = node.get("Effect");
    if (effect == null || !effect.isTextual()
        || !(effect.textValue().equals("Allow") || effect.textValue().equals("Deny"))) {
      throw new PolicyGrammarException(where + ": \"Effect\" must be \"Allow\" or \"Deny\".");
    }
    List<SegmentedPattern> actions = new ArrayList<>();
    for (String action : strings(node.get("Action"), where + ": \"Action\"")) {
      actions.add(SegmentedPattern.action(action).orElseThrow(() -> new PolicyGrammarException(
          where + ": action \"" + action + "\" must be * or service:Action, such as oss:PutObject.")));
    }
    List<SegmentedPattern> resources = new ArrayList<>();
    for (String resource : strings(node.get("Resource"), where + ": \"Resource\"")) {
      resources.add(SegmentedPattern.resource(resource).orElseThrow(() -> new PolicyGrammarException(
          where + ": resource \"" + resource
              + "\" must be * or an ARN of five segments, acs:<service>:<region>:<account>:<resource>.")));
    }
    return new PolicyStatement(effect.textValue().equals("Allow"), actions, resources);
  }

  private static List<String> strings(JsonNode node, String where) throws PolicyGrammarException {
    List<String> values = new ArrayList<>();
    if (node != null && node.isTextual()) {
      values.add(node.textValue());
    } else if (node != null && node.isArray() && node.size() > 0) {
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw new PolicyGrammarException(where + " must hold only strings.");
        }
        values.add(element.textValue());
      }
    } else {
      throw new PolicyGrammarException(where + " must be a string or a non-empty array of strings.");
    }
    for (String value : values) {
      if (value.isEmpty()) {
        throw new PolicyGrammarException(where + " must not hold an empty string.");
      }
    }
    return values;
  }

  private static void checkDepth(JsonNode node, int depth) throws PolicyGrammarException {
    if (depth > MAX_NESTING) {
      throw new PolicyGrammarException("The policy is nested too deeply.");
    }
    for (JsonNode child : node) {
      checkDepth(child, depth + 1);
    }
  }

  private static ObjectMapper strictMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();
    return new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }
}
