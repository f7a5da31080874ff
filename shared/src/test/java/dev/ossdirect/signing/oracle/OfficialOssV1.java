package dev.ossdirect.signing.oracle;

import com.aliyun.oss.ClientConfiguration;
import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.common.auth.DefaultCredentials;
import com.aliyun.oss.common.auth.ServiceSignature;
import com.aliyun.oss.common.comm.RequestMessage;
import com.aliyun.oss.internal.SignUtils;
import com.aliyun.oss.model.GeneratePresignedUrlRequest;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLDecoder;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OSS signature V1 as Alibaba's {@code com.aliyun.oss:aliyun-sdk-oss} computes it. A reference for tests:
 * nothing here uses this project's signing code.
 *
 * <p>Requests are described as in this project: query parameters decoded, {@code ""} meaning a bare name
 * ({@code ?uploads}), headers in any case. Two conventions differ in the SDK, and are bridged here:
 *
 * <ul>
 *   <li>the SDK writes a sub-resource bare when its value is {@code null}, and {@code ""} as
 *       {@code ?acl=}; a {@code ""} value is passed to it as {@code null};
 *   <li>the SDK writes a Date line only when a {@code Date} header is present (its signer always adds
 *       one); a request dated only by {@code x-oss-date} is given to it with a {@code Date} header of the
 *       same value, which is how OSS reads such a request.
 * </ul>
 */
public final class OfficialOssV1 {

  private static final URI ENDPOINT = URI.create("https://oss-cn-hangzhou.aliyuncs.com");

  private OfficialOssV1() {}

  /** The resource path the SDK signs: {@code /bucket/key}, as {@code OSSOperation} builds it. */
  public static String resourcePath(String bucket, String key) {
    return "/" + bucket + "/" + (key == null ? "" : key);
  }

  /**
   * The string to sign of a request signed in its {@code Authorization} header, from
   * {@code SignUtils.buildCanonicalString}.
   */
  public static String stringToSign(
      String method, String bucket, String key, Map<String, String> query, Map<String, String> headers) {
    RequestMessage message = new RequestMessage(bucket, key);
    boolean hasDate = false;
    String ossDate = null;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      message.addHeader(header.getKey(), header.getValue());
      hasDate |= header.getKey().equalsIgnoreCase("date");
      if (header.getKey().equalsIgnoreCase("x-oss-date")) {
        ossDate = header.getValue();
      }
    }
    if (!hasDate && ossDate != null) {
      message.addHeader("Date", ossDate);
    }
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      message.addParameter(parameter.getKey(), sdkValue(parameter.getValue()));
    }
    return SignUtils.buildCanonicalString(method, resourcePath(bucket, key), message, null);
  }

  /** The Base64 HMAC-SHA1 of {@code stringToSign}, from {@code ServiceSignature}. */
  public static String signature(String accessKeySecret, String stringToSign) {
    return ServiceSignature.create().computeSignature(accessKeySecret, stringToSign);
  }

  /** {@code OSS id:signature}, from {@code SignUtils.composeRequestAuthorization}. */
  public static String authorization(String accessKeyId, String signature) {
    return SignUtils.composeRequestAuthorization(accessKeyId, signature);
  }

  /**
   * The string to sign of the signed-URL form, through the canonical-string path that
   * {@code SignUtils.buildSignedURL} takes: the Date line is {@code expires} and an STS token is the
   * {@code security-token} sub-resource. The request carries no {@code Date} header of its own.
   */
  public static String signedUrlStringToSign(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      long expiresEpochSeconds,
      String securityToken) {
    RequestMessage message = new RequestMessage(bucket, key);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      message.addHeader(header.getKey(), header.getValue());
    }
    String expires = String.valueOf(expiresEpochSeconds);
    message.addHeader("Date", expires);
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      message.addParameter(parameter.getKey(), sdkValue(parameter.getValue()));
    }
    if (securityToken != null) {
      message.addParameter("security-token", securityToken);
    }
    return SignUtils.buildCanonicalString(method, resourcePath(bucket, key), message, expires);
  }

  /**
   * Every query parameter, decoded, of the signed URL that {@code SignUtils.buildSignedURL} (what
   * {@code OSSClient.generatePresignedUrl} calls for V1) makes for the request: the request's own and
   * {@code Expires}, {@code OSSAccessKeyId}, {@code Signature}, and {@code security-token} with an STS
   * token. The request must not carry a {@code Date} header, which the SDK would hold twice.
   */
  public static Map<String, String> signedUrlParameters(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      long expiresEpochSeconds,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    GeneratePresignedUrlRequest request =
        new GeneratePresignedUrlRequest(bucket, key, HttpMethod.valueOf(method));
    request.setExpiration(new Date(expiresEpochSeconds * 1000L));
    request.setHeaders(new HashMap<>(headers));
    Map<String, String> parameters = new HashMap<>();
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      parameters.put(parameter.getKey(), sdkValue(parameter.getValue()));
    }
    request.setQueryParameter(parameters);
    DefaultCredentials credentials =
        securityToken == null
            ? new DefaultCredentials(accessKeyId, accessKeySecret)
            : new DefaultCredentials(accessKeyId, accessKeySecret, securityToken);
    String url = SignUtils.buildSignedURL(request, credentials, new ClientConfiguration(), ENDPOINT);
    return decodeQuery(url.substring(url.indexOf('?') + 1));
  }

  public static Map<String, String> decodeQuery(String rawQuery) {
    Map<String, String> decoded = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      decoded.put(urlDecode(name), urlDecode(value));
    }
    return decoded;
  }

  private static String urlDecode(String text) {
    try {
      return URLDecoder.decode(text, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sdkValue(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
