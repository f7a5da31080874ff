package dev.ossdirect.localcloud.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON in which the store keeps metadata on disk (an object's trailer, an upload's {@code upload.json}).
 * Fields are written and read one by one rather than by data binding, so that the files' format is
 * visible here and does not change when a record gains a method.
 */
final class MetadataJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MetadataJson() {}

  /** A new, empty JSON object. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static byte[] toBytes(ObjectNode node) throws IOException {
    return JSON.writeValueAsBytes(node);
  }

  /** Parses {@code json}; throws {@link IOException} if it is not a JSON object. */
  static JsonNode parse(byte[] json) throws IOException {
    JsonNode node = JSON.readTree(json);
    if (node == null || !node.isObject()) {
      throw new IOException("Not a JSON object");
    }
    return node;
  }

  /** Writes {@code map} as the JSON object {@code field} of {@code node}. */
  static void putMap(ObjectNode node, String field, Map<String, String> map) {
    ObjectNode object = node.putObject(field);
    map.forEach(object::put);
  }

  /** Reads the JSON object {@code field} of {@code node} as a map of text values. */
  static Map<String, String> map(JsonNode node, String field) throws IOException {
    JsonNode object = node.path(field);
    if (!object.isObject()) {
      throw new IOException(field + " is missing");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      map.put(entry.getKey(), entry.getValue().asText());
    }
    return map;
  }

  /**
   * Like {@link #map}, but an empty map if {@code node} has no {@code field}: for fields that files written
   * before the field existed do not have.
   */
  static Map<String, String> optionalMap(JsonNode node, String field) throws IOException {
    return node.has(field) ? map(node, field) : Map.of();
  }

  /** The text field {@code field} of {@code node}; throws {@link IOException} if it is missing. */
  static String text(JsonNode node, String field) throws IOException {
    if (!node.path(field).isTextual()) {
      throw new IOException(field + " is missing");
    }
    return node.get(field).asText();
  }

  /** The integer field {@code field} of {@code node}; throws {@link IOException} if it is missing. */
  static long number(JsonNode node, String field) throws IOException {
    if (!node.path(field).canConvertToLong()) {
      throw new IOException(field + " is missing");
    }
    return node.get(field).asLong();
  }
}
