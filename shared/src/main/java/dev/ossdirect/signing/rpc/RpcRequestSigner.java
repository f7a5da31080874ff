package dev.ossdirect.signing.rpc;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureNonces;
import dev.ossdirect.signing.time.UtcTimestamps;
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
    SignableRequest call =
        SignableRequest.builder(method, "/").query(ParameterFlattener.flatten(actionParameters)).build();
    return sign(call, action, version, credentials).query();
  }

  /**
   * {@code call}, whose query holds the action's flat parameters, with every parameter of the signed call
   * added to its query: the same as {@link #sign(String, String, String, Map, Credentials)}, without a
   * map, which the browser's script then does without.
   */
  public SignableRequest sign(SignableRequest call, String action, String version, Credentials credentials) {
    SignableRequest.Builder parameters = call.toBuilder()
        .query("AccessKeyId", credentials.accessKeyId())
        .query("Action", action)
        .query("Version", version)
        .query("Format", "JSON")
        .query("SignatureMethod", RpcSignatureV1.SIGNATURE_METHOD)
        .query("SignatureVersion", RpcSignatureV1.SIGNATURE_VERSION)
        .query("SignatureNonce", SignatureNonces.next(random))
        .query("Timestamp", UtcTimestamps.formatIso8601(clock.currentTimeMillis()));
    if (credentials.isTemporary()) {
      parameters.query("SecurityToken", credentials.securityToken());
    }
    SignableRequest unsigned = parameters.build();
    return parameters
        .query(RpcSignatureV1.SIGNATURE_PARAMETER, RpcSignatureV1.sign(unsigned, credentials.accessKeySecret()))
        .build();
  }
}
