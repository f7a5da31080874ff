package dev.ossdirect.bench.signing;

import dev.ossdirect.signing.rpc.RpcSignatureV1;
import java.util.LinkedHashMap;
import java.util.Map;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * One RPC V1 call's parameters, taken from a JavaScript object once, signed as the client signs them:
 * the benchmark page calls {@link #sign} in its timed loop.
 */
@JsType(namespace = "ossdirect.bench")
public final class RpcV1Call {

  private final String method;
  private final Map<String, String> parameters = new LinkedHashMap<>();
  private final String accessKeySecret;

  public RpcV1Call(String method, JsPropertyMap<String> parameters, String accessKeySecret) {
    this.method = method;
    parameters.forEach(name -> this.parameters.put(name, parameters.get(name)));
    this.accessKeySecret = accessKeySecret;
  }

  /** The Base64 signature. */
  public String sign() {
    return RpcSignatureV1.sign(method, parameters, accessKeySecret);
  }
}
