package dev.ossdirect.signing.rpc;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.SignatureNonces;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the complete, signed parameter set of an RPC-style API call: the action's own parameters
 * (flattened by {@link ParameterFlattener}) plus {@code AccessKeyId}, {@code Action}, {@code Version},
 * {@code Format=JSON}, {@code SignatureMethod}, {@code SignatureVersion}, a fresh {@code SignatureNonce},
 * the {@code Timestamp}, {@code SecurityToken} for STS credentials, and finally {@code Signature}
 * ({@link RpcSignatureV1}).
 *
 * <p>Send every returned parameter, in the query string or as a form body. Thread-safe if its clock and
 * random source are.
 */
public final class RpcRequestSigner {

  private final Clock clock;
  private final RandomSource random;

  public RpcRequestSigner(Clock clock, RandomSource random) {
    this.clock = clock;
    this.random = random;
  }

  /**
   * The parameters to send for {@code action} of API {@code version} (such as {@code DetectImageFaces},
   * {@code 2020-09-30}), signed for {@code method} with {@code credentials}.
   */
  public Map<String, String> sign(
      String method,
      String action,
      String version,
      Map<String, ?> actionParameters,
      Credentials credentials) {
    Map<String, String> parameters = new LinkedHashMap<>(ParameterFlattener.flatten(actionParameters));
    parameters.put("AccessKeyId", credentials.accessKeyId());
    parameters.put("Action", action);
    parameters.put("Version", version);
    parameters.put("Format", "JSON");
    parameters.put("SignatureMethod", RpcSignatureV1.SIGNATURE_METHOD);
    parameters.put("SignatureVersion", RpcSignatureV1.SIGNATURE_VERSION);
    parameters.put("SignatureNonce", SignatureNonces.next(random));
    parameters.put("Timestamp", UtcTimestamps.formatIso8601(clock.currentTimeMillis()));
    if (credentials.isTemporary()) {
      parameters.put("SecurityToken", credentials.securityToken());
    }
    parameters.put(
        RpcSignatureV1.SIGNATURE_PARAMETER,
        RpcSignatureV1.sign(method, parameters, credentials.accessKeySecret()));
    return parameters;
  }
}
