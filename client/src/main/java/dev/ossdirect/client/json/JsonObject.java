package dev.ossdirect.client.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view of a parsed JSON object with typed getters. A getter answers {@code null} (or an
 * empty list) when the member is absent or has another type, so that callers decide what is required.
 */
public final class JsonObject {

  private final Map<String, Object> members;

  private JsonObject(Map<String, Object> members) {
    this.members = members;
  }

  /** Parses {@code text}, which must hold an object. Throws {@link IllegalArgumentException} otherwise. */
  public static JsonObject parse(String text) {
    JsonObject object = of(JsonParser.parse(text));
    if (object == null) {
      throw new IllegalArgumentException("The JSON document is not an object");
    }
    return object;
  }

  /** {@code value} as an object, or {@code null} if it is not one. */
  @SuppressWarnings("unchecked")
  public static JsonObject of(Object value) {
    return value instanceof Map ? new JsonObject((Map<String, Object>) value) : null;
  }

  /** The member names, in document order. */
  public Set<String> names() {
    return Collections.unmodifiableSet(members.keySet());
  }

  /** The raw member value: a map, list, string, double, boolean or {@code null}. */
  public Object get(String name) {
    return members.get(name);
  }

  public String string(String name) {
    Object value = members.get(name);
    return value instanceof String ? (String) value : null;
  }

  public Double number(String name) {
    Object value = members.get(name);
    return value instanceof Double ? (Double) value : null;
  }

  public JsonObject object(String name) {
    return of(members.get(name));
  }

  /** The objects in array member {@code name}; other items are skipped. */
  public List<JsonObject> objects(String name) {
    List<JsonObject> objects = new ArrayList<>();
    for (Object item : array(name)) {
      JsonObject object = of(item);
      if (object != null) {
        objects.add(object);
      }
    }
    return objects;
  }

  /** The strings in array member {@code name}; other items are skipped. */
  public List<String> strings(String name) {
    List<String> strings = new ArrayList<>();
    for (Object item : array(name)) {
      if (item instanceof String) {
        strings.add((String) item);
      }
    }
    return strings;
  }

  private List<?> array(String name) {
    Object value = members.get(name);
    return value instanceof List ? (List<?>) value : Collections.emptyList();
  }
}
