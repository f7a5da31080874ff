package dev.ossdirect.signing.acs3;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.RandomSource;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.SignatureNonces;
import dev.ossdirect.signing.rpc.ParameterFlattener;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;

/**
 * Signs an RPC-style API call with ACS3-HMAC-SHA256, the way the official SDKs send it by default: the
 * action's parameters (flattened by {@link ParameterFlattener}) in the query string, an empty body, and
 * the headers {@code host}, {@code x-acs-action}, {@code x-acs-version}, {@code x-acs-date},
 * {@code x-acs-signature-nonce}, {@code x-acs-content-sha256}, {@code x-acs-security-token} (for STS
 * credentials) and {@code authorization} ({@link Acs3Signature}), plus {@code accept: application/json},
 * unsigned, which Alibaba's own V3 client always sends: the gateway's answer format without it is not
 * documented.
 *
 * <p>A browser sends every returned header except {@code host}, which it sets itself to the same value.
 * Thread-safe if its clock and random source are.
 */
public final class Acs3RequestSigner {

  private final Clock clock;
  private final RandomSource random;

  public Acs3RequestSigner(Clock clock, RandomSource random) {
    this.clock = clock;
    this.random = random;
  }

  /**
   * The signed request for {@code action} of API {@code version} sent with {@code method} to {@code host}
   * (the endpoint's host, with its port if it is not the default one).
   */
  public SignableRequest signRpcCall(
      String method,
      String host,
      String action,
      String version,
      Map<String, ?> actionParameters,
      Credentials credentials) {
    SignableRequest call =
        SignableRequest.builder(method, "/").query(ParameterFlattener.flatten(actionParameters)).build();
    return signRpcCall(call, host, action, version, credentials);
  }

  /**
   * {@code call}, whose query holds the action's flat parameters, signed for {@code action} of API
   * {@code version} at {@code host}: the same as the method above, without a map, which the browser's
   * script then does without.
   */
  public SignableRequest signRpcCall(
      SignableRequest call, String host, String action, String version, Credentials credentials) {
    SignableRequest.Builder builder =
        call.toBuilder()
            .header("host", host)
            .header("x-acs-action", action)
            .header("x-acs-version", version)
            .header("x-acs-date", UtcTimestamps.formatIso8601(clock.currentTimeMillis()))
            .header("x-acs-signature-nonce", SignatureNonces.next(random))
            .header(Acs3Signature.CONTENT_SHA256_HEADER, Acs3Signature.EMPTY_PAYLOAD_HASH)
            .header("accept", "application/json");
    if (credentials.isTemporary()) {
      builder.header("x-acs-security-token", credentials.securityToken());
    }
    SignableRequest unsigned = builder.build();
    String authorization =
        Acs3Signature.sign(unsigned, credentials.accessKeyId(), credentials.accessKeySecret());
    return builder.header("authorization", authorization).build();
  }
}
