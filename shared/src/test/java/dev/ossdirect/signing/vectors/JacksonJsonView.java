package dev.ossdirect.signing.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link JsonView} over a Jackson tree, for the JVM. */
final class JacksonJsonView implements JsonView {

  private final JsonNode node;

  JacksonJsonView(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    this.node = node;
  }

  @Override
  public boolean has(String name) {
    return node.hasNonNull(name);
  }

  @Override
  public String string(String name) {
    JsonNode value = required(name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return value.textValue();
  }

  @Override
  public long number(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException(name + " must be an integer");
    }
    return value.longValue();
  }

  @Override
  public JsonView object(String name) {
    return new JacksonJsonView(required(name));
  }

  @Override
  public Map<String, String> stringMap(String name) {
    JsonView object = object(name);
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : object.names()) {
      out.put(key, object.string(key));
    }
    return out;
  }

  @Override
  public List<String> stringList(String name) {
    JsonNode array = required(name);
    if (!array.isArray()) {
      throw new IllegalArgumentException(name + " must be an array");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException(name + " must hold strings");
      }
      out.add(element.textValue());
    }
    return out;
  }

  @Override
  public List<JsonView> objectList(String name) {
    JsonNode array = required(name);
    if (!array.isArray()) {
      throw new IllegalArgumentException(name + " must be an array");
    }
    List<JsonView> out = new ArrayList<>();
    for (JsonNode element : array) {
      out.add(new JacksonJsonView(element));
    }
    return out;
  }

  @Override
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      out.add(names.next());
    }
    return out;
  }

  private JsonNode required(String name) {
    if (!has(name)) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return node.get(name);
  }
}
