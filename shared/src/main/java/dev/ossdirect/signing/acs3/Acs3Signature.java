package dev.ossdirect.signing.acs3;

import dev.ossdirect.signing.NamePairs;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.VerificationResult;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.ConstantTime;
import dev.ossdirect.signing.crypto.Hmac;
import dev.ossdirect.signing.crypto.Sha256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
  /** The hex SHA-256 of an empty body, which every RPC-style call signs. */
  static final String EMPTY_PAYLOAD_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  /** The first line of the string to sign, with its line feed. */
  private static final byte[] ALGORITHM_LINE_UTF8 = Utf8.encode(ALGORITHM + "\n");
  /** The fixed text of the {@code Authorization} header: the algorithm and the three field names. */
  private static final int AUTHORIZATION_ROOM = 64;

  private Acs3Signature() {}

  /** The sorted names of the headers of {@code request} that a signer signs. */
  public static List<String> defaultSignedHeaders(SignableRequest request) {
    List<String> names = new ArrayList<>(request.headerNames().size());
    for (String name : request.headerNames()) {
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
    return canonicalRequest(request, signedHeaders, String.join(";", signedHeaders));
  }

  /**
   * The hex SHA-256 of a request body, for the {@code x-acs-content-sha256} header. An RPC call's body is
   * empty, and so is every body a browser's ACS3 call sends: that hash is a constant, not worked out again.
   */
  public static String hashPayload(byte[] body) {
    return body.length == 0 ? EMPTY_PAYLOAD_HASH : Hex.encode(Sha256.hash(body));
  }

  /** The string to sign for {@code canonicalRequest}. */
  public static String stringToSign(String canonicalRequest) {
    return Utf8.decode(stringToSignUtf8(canonicalRequest));
  }

  /** The hex signature of {@code stringToSign} under {@code accessKeySecret}. */
  public static String signature(String stringToSign, String accessKeySecret) {
    return signature(Utf8.encode(stringToSign), accessKeySecret);
  }

  /** The {@code Authorization} header value. */
  public static String authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    return authorization(accessKeyId, String.join(";", signedHeaders), signature);
  }

  /**
   * The {@code Authorization} header for {@code request}, signing its {@link #defaultSignedHeaders}. The
   * request must already carry every header to be signed, {@code x-acs-content-sha256} included.
   *
   * <p>The same steps as the public ones, without their intermediate strings: the signed header names are
   * joined once for the canonical request and the header, and the string to sign goes from the hash to
   * the HMAC as bytes.
   */
  public static String sign(SignableRequest request, String accessKeyId, String accessKeySecret) {
    List<String> signedHeaders = defaultSignedHeaders(request);
    String signedHeaderList = String.join(";", signedHeaders);
    byte[] stringToSign = stringToSignUtf8(canonicalRequest(request, signedHeaders, signedHeaderList));
    return authorization(accessKeyId, signedHeaderList, signature(stringToSign, accessKeySecret));
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

  private static String canonicalRequest(
      SignableRequest request, List<String> signedHeaders, String signedHeaderList) {
    StringBuilder out = new StringBuilder(request.canonicalLengthEstimate());
    out.append(request.method()).append('\n');
    out.append(PercentEncoding.encodePath(request.path())).append('\n');
    appendCanonicalQuery(out, request);
    out.append('\n');
    for (int i = 0; i < signedHeaders.size(); i++) {
      String name = signedHeaders.get(i);
      String value = request.header(name);
      out.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
    }
    out.append('\n');
    out.append(signedHeaderList).append('\n');
    String payloadHash = request.header(CONTENT_SHA256_HEADER);
    out.append(payloadHash != null ? payloadHash : EMPTY_PAYLOAD_HASH);
    return out.toString();
  }

  /**
   * Appends the request's query parameters sorted by name, each {@code name=value} percent-encoded,
   * joined by {@code &}. The names are unique, so each is sorted with its value.
   */
  private static void appendCanonicalQuery(StringBuilder out, SignableRequest request) {
    String[][] parameters = new String[request.queryCount()][];
    for (int i = 0; i < parameters.length; i++) {
      parameters[i] = new String[] {request.queryName(i), request.queryValue(i)};
    }
    Arrays.sort(parameters, NamePairs.BY_NAME);
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.encode(parameters[i][0])).append('=')
          .append(PercentEncoding.encode(parameters[i][1]));
    }
  }

  /** The UTF-8 of the string to sign: the algorithm's line, then the hex SHA-256 of the canonical request. */
  private static byte[] stringToSignUtf8(String canonicalRequest) {
    byte[] hash = Sha256.hash(Utf8.encode(canonicalRequest));
    byte[] out = Arrays.copyOf(ALGORITHM_LINE_UTF8, ALGORITHM_LINE_UTF8.length + 2 * hash.length);
    Hex.encode(hash, out, ALGORITHM_LINE_UTF8.length);
    return out;
  }

  private static String signature(byte[] stringToSign, String accessKeySecret) {
    return Hex.encode(Hmac.sha256(Utf8.encode(accessKeySecret), stringToSign));
  }

  private static String authorization(String accessKeyId, String signedHeaderList, String signature) {
    return new StringBuilder(AUTHORIZATION_ROOM + accessKeyId.length() + signedHeaderList.length()
            + signature.length())
        .append(ALGORITHM).append(" Credential=").append(accessKeyId)
        .append(",SignedHeaders=").append(signedHeaderList)
        .append(",Signature=").append(signature)
        .toString();
  }
}
