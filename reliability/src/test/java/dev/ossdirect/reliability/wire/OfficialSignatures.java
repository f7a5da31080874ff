package dev.ossdirect.reliability.wire;

import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oracle.OfficialAcs3;
import dev.ossdirect.signing.oracle.OfficialRpcV1;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs a captured request again, after a test changed its date or kept its nonce, with Alibaba's own
 * signing functions ({@code com.aliyun:openapiutil}), so that the request stays one the official SDK
 * would have made.
 */
public final class OfficialSignatures {

  private OfficialSignatures() {}

  /** {@code request}, an RPC V1 request with every parameter in its query, signed again with {@code secret}. */
  public static CapturedRequest rpcV1(CapturedRequest request, String secret) {
    Map<String, String> parameters = request.queryParameters();
    parameters.remove("Signature");
    return request.withQuery("Signature", OfficialRpcV1.signature(request.method(), parameters, secret));
  }

  /** {@code request}, an ACS3 request, signed again by {@code accessKeyId} with {@code secret}. */
  public static CapturedRequest acs3(CapturedRequest request, String accessKeyId, String secret) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : request.headers()) {
      if (!header.getKey().equalsIgnoreCase("Authorization")) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    String authorization = OfficialAcs3.authorization(request.method(),
        OfficialAcs3.canonicalUri(PercentEncoding.decode(request.path())), request.queryParameters(), headers,
        request.header("x-acs-content-sha256"), accessKeyId, secret);
    return request.withHeader("Authorization", authorization);
  }
}
