package dev.ossdirect.signing.rpc;

import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;

/**
 * The signature parameters of a received RPC V1 request, read and checked for shape before the signature
 * itself is verified with {@link RpcSignatureV1#verify}.
 */
public final class RpcSignedParameters {

  private final String accessKeyId;
  private final String signature;
  private final String signatureNonce;
  private final long timestampMillis;
  private final String securityToken;

  private RpcSignedParameters(
      String accessKeyId,
      String signature,
      String signatureNonce,
      long timestampMillis,
      String securityToken) {
    this.accessKeyId = accessKeyId;
    this.signature = signature;
    this.signatureNonce = signatureNonce;
    this.timestampMillis = timestampMillis;
    this.securityToken = securityToken;
  }

  /**
   * Reads the signature parameters from all of a request's parameters. Throws
   * {@link SignatureFormatException} naming the first one that is missing or invalid.
   */
  public static RpcSignedParameters parse(Map<String, String> parameters) {
    String accessKeyId = SignatureFormatException.requireParameter(parameters, "AccessKeyId");
    String signature =
        SignatureFormatException.requireParameter(parameters, RpcSignatureV1.SIGNATURE_PARAMETER);
    String method = SignatureFormatException.requireParameter(parameters, "SignatureMethod");
    if (!RpcSignatureV1.SIGNATURE_METHOD.equals(method)) {
      throw SignatureFormatException.invalid(
          "SignatureMethod", "only " + RpcSignatureV1.SIGNATURE_METHOD + " is supported");
    }
    String version = SignatureFormatException.requireParameter(parameters, "SignatureVersion");
    if (!RpcSignatureV1.SIGNATURE_VERSION.equals(version)) {
      throw SignatureFormatException.invalid(
          "SignatureVersion", "only " + RpcSignatureV1.SIGNATURE_VERSION + " is supported");
    }
    String nonce = SignatureFormatException.requireParameter(parameters, "SignatureNonce");
    String timestamp = SignatureFormatException.requireParameter(parameters, "Timestamp");
    long timestampMillis;
    try {
      timestampMillis = UtcTimestamps.parseIso8601(timestamp);
    } catch (IllegalArgumentException e) {
      throw SignatureFormatException.invalid("Timestamp", e.getMessage());
    }
    String token = parameters.get("SecurityToken");
    return new RpcSignedParameters(
        accessKeyId, signature, nonce, timestampMillis, token == null || token.isEmpty() ? null : token);
  }


  public String accessKeyId() {
    return accessKeyId;
  }

  public String signature() {
    return signature;
  }

  public String signatureNonce() {
    return signatureNonce;
  }

  public long timestampMillis() {
    return timestampMillis;
  }

  /** The {@code SecurityToken} parameter, or {@code null}. */
  public String securityToken() {
    return securityToken;
  }
}
