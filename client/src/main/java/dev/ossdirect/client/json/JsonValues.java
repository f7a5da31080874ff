package dev.ossdirect.client.json;

import com.google.gwt.core.client.GWT;
import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;

/**
 * Parses JSON and reads the parsed values, in each runtime with what it has: in the browser, its own
 * {@code JSON.parse} and the plain objects and arrays it makes; on the JVM, where the app's logic is
 * tested, {@link JsonParser} and its maps and lists. {@code GWT.isScript()} is a constant to the GWT
 * compiler, so the browser's script carries neither the parser nor the {@code java.util} maps behind
 * it. Strings, numbers ({@code Double}), booleans and {@code null} are the same Java values in both.
 */
final class JsonValues {

  private JsonValues() {}

  /** The value {@code text} holds. Throws {@link IllegalArgumentException} if it is not JSON. */
  static Object parse(String text) {
    if (!GWT.isScript()) {
      return JsonParser.parse(text);
    }
    try {
      return Global.JSON.parse(text);
    } catch (RuntimeException notJson) {
      throw new IllegalArgumentException("Invalid JSON", notJson);
    }
  }

  /** Whether {@code value} is a JSON object (not an array, not {@code null}). */
  static boolean isObject(Object value) {
    if (!GWT.isScript()) {
      return value instanceof Map;
    }
    return value != null && "object".equals(Js.typeof(value)) && !JsArray.isArray(value);
  }

  /** The items of {@code value} if it is a JSON array, or {@code null}. */
  static List<?> items(Object value) {
    if (!GWT.isScript()) {
      return value instanceof List ? (List<?>) value : null;
    }
    return JsArray.isArray(value) ? Arrays.asList(Js.<Object[]>uncheckedCast(value)) : null;
  }

  /** The member names of {@code object}, a JSON object, in document order. */
  static List<String> names(Object object) {
    if (!GWT.isScript()) {
      @SuppressWarnings("unchecked")
      Map<String, ?> members = (Map<String, ?>) object;
      return new ArrayList<>(members.keySet());
    }
    return Arrays.asList(Js.<String[]>uncheckedCast(JsObject.keys(object)));
  }

  /** Member {@code name} of {@code object}, a JSON object, or {@code null} if it has none. */
  static Object member(Object object, String name) {
    if (!GWT.isScript()) {
      return ((Map<?, ?>) object).get(name);
    }
    // Only the object's own members: not what every JavaScript object inherits, such as "constructor".
    return Js.<JsObject>uncheckedCast(object).hasOwnProperty(name) ? Js.asPropertyMap(object).get(name) : null;
  }
}
