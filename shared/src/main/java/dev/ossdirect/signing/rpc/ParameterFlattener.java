package dev.ossdirect.signing.rpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens nested request parameters into the flat names RPC-style APIs expect, as Alibaba's Tea SDKs do:
 * a map entry joins its key with a dot ({@code Filter.Name}), a list element adds its 1-based index
 * ({@code InstanceIds.2}), and the two combine ({@code Tag.1.Key}).
 *
 * <p>Like the SDKs, it drops {@code null} values, keeps empty strings (which are then sent but not
 * signed, see {@link RpcSignatureV1}), writes every other value with {@link String#valueOf(Object)}, and
 * produces nothing for an empty list or map. Arrays are refused rather than written as
 * {@code [Ljava.lang.Object;@…}.
 */
public final class ParameterFlattener {

  private ParameterFlattener() {}

  /** The flat form of {@code parameters}, in iteration order. */
  public static Map<String, String> flatten(Map<String, ?> parameters) {
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : parameters.entrySet()) {
      add(flat, entry.getKey(), entry.getValue());
    }
    return flat;
  }

  private static void add(Map<String, String> flat, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        add(flat, name + "." + (i + 1), list.get(i));
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        add(flat, name + "." + entry.getKey(), entry.getValue());
      }
    } else if (value instanceof Object[]) {
      throw new IllegalArgumentException("Parameter " + name + " is an array; pass a List instead");
    } else {
      flat.put(name, String.valueOf(value));
    }
  }
}
