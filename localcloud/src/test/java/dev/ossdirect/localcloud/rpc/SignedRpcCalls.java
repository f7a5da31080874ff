package dev.ossdirect.localcloud.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;

/**
 * RPC V1 calls signed by the project's signing library with a signature nonce the test chooses (of any
 * length, or one used before), sent in a form body, which holds what a URL could not.
 */
public final class SignedRpcCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedRpcCalls() {}

  /** A random nonce of hexadecimal digits, {@code length} of them. */
  public static String randomNonce(int length) {
    byte[] bytes = new byte[(length + 1) / 2];
    RANDOM.nextBytes(bytes);
    return Hex.encode(bytes).substring(0, length);
  }

  /** The parameters of {@code action}, signed by {@code credentials} at {@code clock}'s time, with {@code nonce}. */
  public static Map<String, String> signed(Clock clock, String action, String version,
      Map<String, String> parameters, Credentials credentials, String nonce) {
    Map<String, String> signed = new TreeMap<>(new RpcRequestSigner(clock, RANDOM::nextBytes)
        .sign("POST", action, version, parameters, credentials));
    signed.remove(RpcSignatureV1.SIGNATURE_PARAMETER);
    signed.put("SignatureNonce", nonce);
    signed.put(RpcSignatureV1.SIGNATURE_PARAMETER, RpcSignatureV1.sign("POST", signed, credentials.accessKeySecret()));
    return signed;
  }

  /** POSTs {@code parameters} as a form to {@code endpoint}'s root. */
  public static HttpResponse<String> post(URI endpoint, Map<String, String> parameters)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(QueryString.format(parameters)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code "200"}, or the status and the code of an RPC error document, such as {@code "403 NoPermission"}. */
  public static String codeOf(HttpResponse<String> response) throws IOException {
    JsonNode body = JSON.readTree(response.body());
    return body.hasNonNull("Code") ? response.statusCode() + " " + body.get("Code").textValue() : "200";
  }

  /** {@link #post}s {@code parameters} and returns {@link #codeOf} the answer. */
  public static String call(URI endpoint, Map<String, String> parameters) throws IOException, InterruptedException {
    return codeOf(post(endpoint, parameters));
  }
}
