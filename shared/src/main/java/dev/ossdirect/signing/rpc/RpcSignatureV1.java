package dev.ossdirect.signing.rpc;

import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.crypto.Hmac;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Alibaba Cloud RPC signature V1 (HMAC-SHA1), carried in the request's parameters.
 *
 * <pre>
 * CanonicalizedQueryString = join("&amp;", for each parameter sorted by name:
 *                                   percentEncode(name) + "=" + percentEncode(value))
 *     over every parameter except Signature, skipping those whose value is empty
 * StringToSign = HTTPMethod + "&amp;" + percentEncode("/") + "&amp;" + percentEncode(CanonicalizedQueryString)
 * Signature    = Base64(HMAC-SHA1(key = AccessKeySecret + "&amp;", UTF-8(StringToSign)))
 * </pre>
 *
 * <p>{@code percentEncode} is {@link PercentEncoding#encode}. Names are sorted before encoding, by UTF-16
 * code unit ({@link String#compareTo}), as the official SDKs sort them. A parameter with an empty value is
 * sent but not signed: the SDKs leave it out of the canonical string, and so does this class.
 */
public final class RpcSignatureV1 {

  /** The value of the {@code SignatureMethod} parameter. */
  public static final String SIGNATURE_METHOD = "HMAC-SHA1";
  /** The value of the {@code SignatureVersion} parameter. */
  public static final String SIGNATURE_VERSION = "1.0";
  /** The parameter that carries the signature; it is never part of what is signed. */
  public static final String SIGNATURE_PARAMETER = "Signature";

  private RpcSignatureV1() {}

  /** The canonicalized query string of {@code parameters}. */
  public static String canonicalQuery(Map<String, String> parameters) {
    List<String> names = new ArrayList<>(parameters.keySet());
    Collections.sort(names);
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      String value = parameters.get(name);
      if (value == null || value.isEmpty() || SIGNATURE_PARAMETER.equals(name)) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.encode(name)).append('=').append(PercentEncoding.encode(value));
    }
    return out.toString();
  }

  /** The string to sign for {@code method} (such as {@code POST}) and {@code parameters}. */
  public static String stringToSign(String method, Map<String, String> parameters) {
    return stringToSign(method, canonicalQuery(parameters));
  }

  private static String stringToSign(String method, String canonicalQuery) {
    return method + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonicalQuery);
  }

  /** The Base64 signature of {@code stringToSign} under {@code accessKeySecret}. */
  public static String signature(String stringToSign, String accessKeySecret) {
    return Base64.encode(Hmac.sha1OfUtf8(Utf8.encode(accessKeySecret + "&"), stringToSign));
  }

  /** The signature of a request with {@code method} and {@code parameters}. */
  public static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
    return signature(stringToSign(method, parameters), accessKeySecret);
  }

  /**
   * Recomputes the signature of a received request from all of its parameters (query and form body) and
   * compares it, in constant time, with the {@code Signature} parameter it carried.
   */
  public static VerificationResult verify(
      String method, Map<String, String> receivedParameters, String accessKeySecret) {
    String canonicalQuery = canonicalQuery(receivedParameters);
    String stringToSign = stringToSign(method, canonicalQuery);
    String expected = signature(stringToSign, accessKeySecret);
    boolean matches = ConstantTime.equals(expected, receivedParameters.get(SIGNATURE_PARAMETER));
    return new VerificationResult(matches, canonicalQuery, stringToSign);
  }
}
