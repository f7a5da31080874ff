package dev.ossdirect.client.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A read-only view of a parsed JSON object with typed getters. A getter answers {@code null} (or an
 * empty list) when the member is absent or has another type, so that callers decide what is required.
 * How the object is held depends on the runtime ({@link JsonValues}).
 */
public final class JsonObject {

  private final Object members;

  private JsonObject(Object members) {
    this.members = members;
  }

  /** Parses {@code text}, which must hold an object. Throws {@link IllegalArgumentException} otherwise. */
  public static JsonObject parse(String text) {
    JsonObject object = of(JsonValues.parse(text));
    if (object == null) {
      throw new IllegalArgumentException("The JSON document is not an object");
    }
    return object;
  }

  /** {@code value} as an object, or {@code null} if it is not one. */
  public static JsonObject of(Object value) {
    return JsonValues.isObject(value) ? new JsonObject(value) : null;
  }

  /** The items of {@code value} if it is an array (a member value, as {@link #get} answers), or {@code null}. */
  public static List<?> items(Object value) {
    return JsonValues.items(value);
  }

  /** The member names, in document order. */
  public List<String> names() {
    return JsonValues.names(members);
  }

  /** The raw member value: an object (see {@link #of}), an array (see {@link #items}), a string, double, boolean or {@code null}. */
  public Object get(String name) {
    return JsonValues.member(members, name);
  }

  public String string(String name) {
    Object value = get(name);
    return value instanceof String ? (String) value : null;
  }

  public Double number(String name) {
    Object value = get(name);
    return value instanceof Double ? (Double) value : null;
  }

  public JsonObject object(String name) {
    return of(get(name));
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
    List<?> items = items(get(name));
    return items != null ? items : Collections.emptyList();
  }
}
