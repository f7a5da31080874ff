package dev.ossdirect.client.testing;

import dev.ossdirect.signing.NamedValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request's headers or a form's fields as a map, in their order, for tests to compare and pass on. */
public final class Maps {

  private Maps() {}

  public static Map<String, String> of(NamedValues values) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(values.name(i), values.value(i));
    }
    return map;
  }
}
