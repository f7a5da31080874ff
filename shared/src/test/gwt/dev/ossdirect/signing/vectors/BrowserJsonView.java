package dev.ossdirect.signing.vectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Any;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** A {@link JsonView} over an object made by the browser's {@code JSON.parse}. */
final class BrowserJsonView implements JsonView {

  private final JsPropertyMap<Any> object;

  BrowserJsonView(Object parsed) {
    this.object = Js.cast(parsed);
  }

  @Override
  public boolean has(String name) {
    return object.has(name) && object.get(name) != null;
  }

  @Override
  public String string(String name) {
    return Js.asString(required(name));
  }

  @Override
  public long number(String name) {
    return (long) Js.asDouble(required(name));
  }

  @Override
  public JsonView object(String name) {
    return new BrowserJsonView(required(name));
  }

  @Override
  public Map<String, String> stringMap(String name) {
    JsPropertyMap<Any> map = Js.cast(required(name));
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach(key -> out.put(key, Js.asString(map.get(key))));
    return out;
  }

  @Override
  public List<String> stringList(String name) {
    Any[] array = Js.asArray(required(name));
    List<String> out = new ArrayList<>();
    for (Any element : array) {
      out.add(Js.asString(element));
    }
    return out;
  }

  @Override
  public List<JsonView> objectList(String name) {
    Any[] array = Js.asArray(required(name));
    List<JsonView> out = new ArrayList<>();
    for (Any element : array) {
      out.add(new BrowserJsonView(element));
    }
    return out;
  }

  @Override
  public List<String> names() {
    List<String> out = new ArrayList<>();
    object.forEach(out::add);
    return out;
  }

  private Any required(String name) {
    if (!has(name)) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return object.get(name);
  }
}
