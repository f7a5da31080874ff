package dev.ossdirect.signing.vectors;

import java.util.List;
import java.util.Map;

/**
 * Read access to one parsed JSON object, so that the same vector-reading code runs on the JVM (over
 * Jackson) and in the browser (over {@code JSON.parse}).
 */
public interface JsonView {

  /** Whether the object has {@code name} with a non-null value. */
  boolean has(String name);

  /** The string value of {@code name}; throws if it is absent or not a string. */
  String string(String name);

  /** The numeric value of {@code name} as a long; throws if it is absent or not a number. */
  long number(String name);

  /** The object value of {@code name}; throws if it is absent or not an object. */
  JsonView object(String name);

  /** The object value of {@code name}, whose values must all be strings, in document order. */
  Map<String, String> stringMap(String name);

  /** The array value of {@code name}, whose elements must all be strings. */
  List<String> stringList(String name);

  /** The array value of {@code name}, whose elements must all be objects. */
  List<JsonView> objectList(String name);

  /** The names of this object's members, in document order. */
  List<String> names();
}
