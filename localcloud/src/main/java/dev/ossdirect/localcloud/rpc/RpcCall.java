package dev.ossdirect.localcloud.rpc;

import dev.ossdirect.localcloud.auth.Caller;
import dev.ossdirect.localcloud.http.StageTimings;
import java.util.Map;

/**
 * An authenticated call of an RPC-style action.
 *
 * @param requestId the id of this request, as returned to the client
 * @param caller who signed the request
 * @param parameters every parameter of the request (query string and form body), decoded
 * @param timings where the gateway records how long each stage took
 */
public record RpcCall(String requestId, Caller caller, Map<String, String> parameters, StageTimings timings) {

  /** The value of {@code name}, or an RPC {@code Missing<name>} error if it is absent or empty. */
  public String required(String name) throws RpcException {
    String value = parameters.get(name);
    if (value == null || value.isEmpty()) {
      throw RpcException.missing(name);
    }
    return value;
  }

  /** The value of {@code name}, or {@code null} if it is absent or empty. */
  public String optional(String name) {
    String value = parameters.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
