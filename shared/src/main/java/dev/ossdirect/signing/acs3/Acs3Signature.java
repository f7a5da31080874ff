package dev.ossdirect.signing.acs3;

import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.crypto.Hmac;
import dev.ossdirect.signing.crypto.Sha256;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Alibaba Cloud signature V3, ACS3-HMAC-SHA256.
 *
 * <pre>
 * CanonicalRequest = HTTPMethod + "\n"
 *                  + CanonicalURI + "\n"            percentEncodePath(path); "/" for RPC-style APIs
 *                  + CanonicalQueryString + "\n"    join("&amp;", for each parameter sorted by name:
 *                                                      percentEncode(name) + "=" + percentEncode(value))
 *                  + CanonicalHeaders + "\n"        for each signed header, sorted:
 *                                                      lowercase(name) + ":" + trim(value) + "\n"
 *                  + SignedHeaders + "\n"           the signed header names joined by ";"
 *                  + HashedRequestPayload           the x-acs-content-sha256 header: hex(SHA-256(body))
 * StringToSign     = "ACS3-HMAC-SHA256" + "\n" + hex(SHA-256(UTF-8(CanonicalRequest)))
 * Signature        = hex(HMAC-SHA256(key = AccessKeySecret, UTF-8(StringToSign)))
 * Authorization    = "ACS3-HMAC-SHA256 Credential=" + AccessKeyId
 *                  + ",SignedHeaders=" + SignedHeaders + ",Signature=" + Signature
 * </pre>
 *
 * <p>The signer chooses the signed headers: {@code host}, {@code content-type} and every {@code x-acs-*}
 * header it sends ({@link #defaultSignedHeaders}). The verifier signs exactly the names listed in the
 * received {@code Authorization}. Query names are sorted before encoding, by UTF-16 code unit, and an
 * empty value still gives {@code name=}, as in the official SDKs. Hex is lower case.
 */
public final class Acs3Signature {

  /** The algorithm name, which starts the string to sign and the {@code Authorization} header. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";
  /** The header that carries the hex SHA-256 of the body. */
  public static final String CONTENT_SHA256_HEADER = "x-acs-content-sha256";

  private Acs3Signature() {}

  /** The sorted names of the headers of {@code request} that a signer signs. */
  public static List<String> defaultSignedHeaders(SignableRequest request) {
    List<String> names = new ArrayList<>();
    for (String name : request.headers().keySet()) {
      if (name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-")) {
        names.add(name);
      }
    }
    Collections.sort(names);
    return names;
  }

  /**
   * The canonical request of {@code request} over {@code signedHeaders} (lower-case names, sorted). The
   * payload hash is the request's {@code x-acs-content-sha256} header, or the hash of an empty body.
   */
  public static String canonicalRequest(SignableRequest request, List<String> signedHeaders) {
    StringBuilder out = new StringBuilder(request.canonicalLengthEstimate());
    out.append(request.method()).append('\n');
    out.append(PercentEncoding.encodePath(request.path())).append('\n');
    out.append(canonicalQuery(request.query())).append('\n');
    for (String name : signedHeaders) {
      String value = request.headers().get(name);
      out.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
    }
    out.append('\n');
    out.append(String.join(";", signedHeaders)).append('\n');
    String payloadHash = request.headers().get(CONTENT_SHA256_HEADER);
    out.append(payloadHash != null ? payloadHash : hashPayload(new byte[0]));
    return out.toString();
  }

  /** The hex SHA-256 of a request body, for the {@code x-acs-content-sha256} header. */
  public static String hashPayload(byte[] body) {
    return Hex.encode(Sha256.hash(body));
  }

  /** The string to sign for {@code canonicalRequest}. */
  public static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + Hex.encode(Sha256.hash(Utf8.encode(canonicalRequest)));
  }

  /** The hex signature of {@code stringToSign} under {@code accessKeySecret}. */
  public static String signature(String stringToSign, String accessKeySecret) {
    return Hex.encode(Hmac.sha256(Utf8.encode(accessKeySecret), Utf8.encode(stringToSign)));
  }

  /** The {@code Authorization} header value. */
  public static String authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    return ALGORITHM + " Credential=" + accessKeyId
        + ",SignedHeaders=" + String.join(";", signedHeaders)
        + ",Signature=" + signature;
  }

  /**
   * The {@code Authorization} header for {@code request}, signing its {@link #defaultSignedHeaders}. The
   * request must already carry every header to be signed, {@code x-acs-content-sha256} included.
   */
  public static String sign(SignableRequest request, String accessKeyId, String accessKeySecret) {
    List<String> signedHeaders = defaultSignedHeaders(request);
    String stringToSign = stringToSign(canonicalRequest(request, signedHeaders));
    return authorization(accessKeyId, signedHeaders, signature(stringToSign, accessKeySecret));
  }

  /**
   * Recomputes the signature of a received {@code request} over the headers its {@code authorization}
   * lists, and compares it in constant time with the one it carries.
   */
  public static VerificationResult verify(
      SignableRequest request, Acs3Authorization authorization, String accessKeySecret) {
    String canonicalRequest = canonicalRequest(request, authorization.signedHeaders());
    String stringToSign = stringToSign(canonicalRequest);
    boolean matches =
        ConstantTime.equals(signature(stringToSign, accessKeySecret), authorization.signature());
    return new VerificationResult(matches, canonicalRequest, stringToSign);
  }

  private static String canonicalQuery(Map<String, String> query) {
    List<String> names = new ArrayList<>(query.keySet());
    Collections.sort(names);
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.encode(name)).append('=').append(PercentEncoding.encode(query.get(name)));
    }
    return out.toString();
  }
}
