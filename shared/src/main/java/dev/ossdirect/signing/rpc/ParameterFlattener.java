package dev.ossdirect.signing.rpc;

import dev.ossdirect.signing.codec.Utf8;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens nested request parameters into the flat names RPC-style APIs expect, as Alibaba's Tea SDKs do:
 * a map entry joins its key with a dot ({@code Filter.Name}), a list element adds its 1-based index
 * ({@code InstanceIds.2}), and the two combine ({@code Tag.1.Key}).
 *
 * <p>Like the SDKs, it drops {@code null} values, keeps empty strings (which are then sent but not
 * signed, see {@link RpcSignatureV1}), reads a {@code byte[]} as UTF-8 text, writes every other value with
 * {@link String#valueOf(Object)}, and produces nothing for an empty list or map. Other arrays are refused
 * rather than written as {@code [Ljava.lang.Object;@…}, and so is a {@code byte[]} that is not well-formed
 * UTF-8.
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
    } else if (value instanceof byte[]) {
      flat.put(name, Utf8.decode((byte[]) value));
    } else if (isArray(value)) {
      throw new IllegalArgumentException("Parameter " + name + " is an array; pass a List instead");
    } else {
      flat.put(name, String.valueOf(value));
    }
  }

  private static boolean isArray(Object value) {
    return value instanceof Object[]
        || value instanceof boolean[]
        || value instanceof char[]
        || value instanceof short[]
        || value instanceof int[]
        || value instanceof long[]
        || value instanceof float[]
        || value instanceof double[];
  }
}
