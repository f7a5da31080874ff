package dev.ossdirect.signing.oracle;

import com.aliyun.openapiutil.Client;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RPC signature V1 and parameter flattening as Alibaba's {@code com.aliyun:openapiutil} computes them.
 * A reference for tests: nothing here uses this project's signing code.
 */
public final class OfficialRpcV1 {

  private OfficialRpcV1() {}

  /**
   * The Base64 signature of a request with {@code method} and {@code parameters} (every parameter but
   * {@code Signature}), from {@code Client.getRPCSignature}. At least one value must be non-empty: the SDK
   * fails on a request with nothing to sign.
   */
  public static String signature(String method, Map<String, String> parameters, String accessKeySecret) {
    try {
      return Client.getRPCSignature(new HashMap<>(parameters), method, accessKeySecret);
    } catch (Exception e) {
      throw new IllegalStateException("openapiutil failed to sign", e);
    }
  }

  /** The flat parameters of {@code parameters}, from {@code Client.query}. */
  public static Map<String, String> flatten(Map<String, ?> parameters) {
    try {
      return new LinkedHashMap<>(Client.query(parameters));
    } catch (Exception e) {
      throw new IllegalStateException("openapiutil failed to flatten", e);
    }
  }
}
