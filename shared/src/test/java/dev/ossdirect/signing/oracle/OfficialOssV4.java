package dev.ossdirect.signing.oracle;

import com.aliyun.oss.HttpMethod;
import com.aliyun.oss.common.auth.DefaultCredentials;
import com.aliyun.oss.common.comm.RequestMessage;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.internal.signer.OSSSignerBase;
import com.aliyun.oss.internal.signer.OSSSignerParams;
import com.aliyun.oss.internal.signer.OSSV4Signer;
import com.aliyun.oss.model.GenericRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * OSS signature V4 as Alibaba's {@code com.aliyun.oss:aliyun-sdk-oss} computes it, through its
 * {@code OSSV4Signer}. A reference for tests: nothing here uses this project's signing code.
 *
 * <p>Requests are described as in this project: query parameters decoded, {@code ""} meaning a bare name
 * (given to the SDK as {@code null}), headers in any case.
 *
 * <p>The signer reads the clock with {@code new Date()}. Header signing adds the client's tick offset,
 * which is set here so that the request is dated to the wanted second; the date it wrote is checked, and
 * the signing retried in the rare case the clock crossed a second meanwhile. {@code presign} takes no
 * offset: {@link #presign} signs now, and {@link #presignAt} pins the date, see there.
 */
public final class OfficialOssV4 {

  static final String PRODUCT = "oss";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.US).withZone(ZoneOffset.UTC);
  private static final int ATTEMPTS = 20;

  private OfficialOssV4() {}

  /** A request after {@code OSSV4Signer.sign}: its headers, by lower-case name. */
  public static final class Signed {
    public final Map<String, String> headers;

    Signed(Map<String, String> headers) {
      this.headers = headers;
    }

    public String authorization() {
      return headers.get("authorization");
    }

    public String signature() {
      String authorization = authorization();
      return authorization.substring(authorization.lastIndexOf("Signature=") + "Signature=".length());
    }
  }

  /** {@code yyyyMMdd'T'HHmmss'Z'} of {@code epochSeconds}: which {@code x-oss-date} to expect. */
  public static String dateTime(long epochSeconds) {
    return DATE_TIME.format(Instant.ofEpochSecond(epochSeconds));
  }

  /**
   * Signs a request in its {@code Authorization} header at {@code epochSeconds}, declaring
   * {@code additionalHeaderNames} on the original request as {@code OSSClient} callers do.
   */
  public static Signed sign(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      Collection<String> additionalHeaderNames,
      String region,
      long epochSeconds,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    String wanted = dateTime(epochSeconds);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      GenericRequest original = new GenericRequest(bucket, key);
      original.setAdditionalHeaderNames(new HashSet<>(additionalHeaderNames));
      RequestMessage message = message(original, method, bucket, key, query, headers, region);
      OSSSignerParams params =
          params(bucket, key, region, accessKeyId, accessKeySecret, securityToken);
      params.setTickOffset(epochSeconds * 1000L + 500L - System.currentTimeMillis());
      OSSSignerBase.createRequestSigner(SignVersion.V4, params).sign(message);
      if (wanted.equals(message.getHeaders().get("x-oss-date"))) {
        Map<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> header : message.getHeaders().entrySet()) {
          signed.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        return new Signed(signed);
      }
    }
    throw new IllegalStateException("could not date the request " + wanted);
  }

  /**
   * Presigns a request now, valid for {@code expiresSeconds}, with {@code OSSV4Signer.presign} (as
   * {@code OSSClient.generatePresignedUrl} does for V4, without additional headers), and returns the
   * parameters it added to the query, in the order it added them. The date is the clock's: read it from
   * {@code x-oss-date}. The request's own parameters must not have the names of those added.
   */
  public static Map<String, String> presign(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      String region,
      long expiresSeconds,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    Presigned presigned =
        presignNow(
            method, bucket, key, query, headers, region, expiresSeconds, accessKeyId, accessKeySecret,
            securityToken);
    return added(presigned.message, query);
  }

  /**
   * Like {@link #presign}, dated {@code epochSeconds} instead of now. {@code presign} reads
   * {@code new Date()} and takes no offset, so this presigns now, then dates the same signer to
   * {@code epochSeconds} (its private {@code requestDateTime}), writes the date-dependent parameters again
   * as {@code presign} writes them ({@code x-oss-date} and {@code x-oss-credential}), and signs again with
   * the signer's own private {@code buildCanonicalRequest}, {@code buildStringToSign},
   * {@code buildSigningKey} and {@code buildSignature}. Which parameters there are, their order and
   * everything else still come from {@code presign} itself.
   */
  public static Map<String, String> presignAt(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      String region,
      long epochSeconds,
      long expiresSeconds,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Presigned presigned =
          presignNow(
              method, bucket, key, query, headers, region, expiresSeconds, accessKeyId,
              accessKeySecret, securityToken);
      Map<String, String> parameters = presigned.message.getParameters();
      if (!String.valueOf(expiresSeconds).equals(parameters.get("x-oss-expires"))) {
        continue;
      }
      try {
        Field requestDateTime = OSSV4Signer.class.getDeclaredField("requestDateTime");
        requestDateTime.setAccessible(true);
        requestDateTime.set(presigned.signer, new Date(epochSeconds * 1000L));
        parameters.put("x-oss-date", (String) call(presigned.signer, "getDateTime"));
        parameters.put(
            "x-oss-credential", accessKeyId + "/" + call(presigned.signer, "buildScope"));
        parameters.remove("x-oss-signature");
        String canonicalRequest =
            (String) call(presigned.signer, "buildCanonicalRequest", presigned.message);
        String stringToSign = (String) call(presigned.signer, "buildStringToSign", canonicalRequest);
        byte[] signingKey = (byte[]) call(presigned.signer, "buildSigningKey");
        parameters.put(
            "x-oss-signature", (String) call(presigned.signer, "buildSignature", signingKey, stringToSign));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("OSSV4Signer has changed shape", e);
      }
      return added(presigned.message, query);
    }
    throw new IllegalStateException("could not presign for " + expiresSeconds + " s");
  }

  private static final class Presigned {
    final OSSV4Signer signer;
    final RequestMessage message;

    Presigned(OSSV4Signer signer, RequestMessage message) {
      this.signer = signer;
      this.message = message;
    }
  }

  private static Presigned presignNow(
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      String region,
      long expiresSeconds,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    RequestMessage message = message(null, method, bucket, key, query, headers, region);
    OSSSignerParams params = params(bucket, key, region, accessKeyId, accessKeySecret, securityToken);
    // Half a second of slack, so that x-oss-expires = (expiration - now) / 1000 rounds to expiresSeconds.
    params.setExpiration(new Date(System.currentTimeMillis() + expiresSeconds * 1000L + 500L));
    params.setAdditionalHeaderNames(new HashSet<String>());
    OSSV4Signer signer = (OSSV4Signer) OSSSignerBase.createRequestPresigner(SignVersion.V4, params);
    signer.presign(message);
    return new Presigned(signer, message);
  }

  private static Object call(Object target, String name, Object... arguments)
      throws ReflectiveOperationException {
    for (Method method : OSSV4Signer.class.getDeclaredMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        method.setAccessible(true);
        return method.invoke(target, arguments);
      }
    }
    throw new NoSuchMethodException("OSSV4Signer." + name);
  }

  private static Map<String, String> added(RequestMessage message, Map<String, String> query) {
    Map<String, String> added = new LinkedHashMap<>();
    for (Map.Entry<String, String> parameter : message.getParameters().entrySet()) {
      if (!query.containsKey(parameter.getKey())) {
        added.put(parameter.getKey(), parameter.getValue());
      }
    }
    return added;
  }

  private static RequestMessage message(
      GenericRequest original,
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      String region) {
    RequestMessage message = new RequestMessage(original, bucket, key);
    message.setMethod(HttpMethod.valueOf(method));
    message.setEndpoint(URI.create("https://" + bucket + ".oss-" + region + ".aliyuncs.com"));
    for (Map.Entry<String, String> header : headers.entrySet()) {
      message.addHeader(header.getKey(), header.getValue());
    }
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      String value = parameter.getValue();
      message.addParameter(parameter.getKey(), value == null || value.isEmpty() ? null : value);
    }
    return message;
  }

  private static OSSSignerParams params(
      String bucket,
      String key,
      String region,
      String accessKeyId,
      String accessKeySecret,
      String securityToken) {
    DefaultCredentials credentials =
        securityToken == null
            ? new DefaultCredentials(accessKeyId, accessKeySecret)
            : new DefaultCredentials(accessKeyId, accessKeySecret, securityToken);
    OSSSignerParams params = new OSSSignerParams(OfficialOssV1.resourcePath(bucket, key), credentials);
    params.setProduct(PRODUCT);
    params.setRegion(region);
    return params;
  }
}
