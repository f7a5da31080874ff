package dev.ossdirect.signing.vectors;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.oss.OssPostCondition;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssPostV1Fields;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes, with the signing library, every field a vector can expect. The same code runs on the JVM and,
 * compiled by GWT, in the browser; the tests compare its answers with the vector's {@code expect}.
 */
public final class VectorComputation {

  private VectorComputation() {}

  /** The library's values for {@code vector}, by the field names of {@code expect}. */
  public static Map<String, Object> compute(SigningVector vector) {
    switch (vector.scheme()) {
      case "rpc-v1":
        return rpcV1(vector);
      case "acs3":
        return acs3(vector);
      case "oss-v1":
        return ossV1(vector);
      case "oss-v4":
        return ossV4(vector);
      case "oss-post-v1":
        return ossPost(vector, false);
      case "oss-post-v4":
        return ossPost(vector, true);
      default:
        throw new IllegalArgumentException("Unknown scheme " + vector.scheme());
    }
  }

  private static Map<String, Object> rpcV1(SigningVector vector) {
    String method = vector.string("method");
    Map<String, String> params = vector.stringMap("params");
    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("canonicalQuery", RpcSignatureV1.canonicalQuery(params));
    actual.put("stringToSign", RpcSignatureV1.stringToSign(method, params));
    actual.put("signature", RpcSignatureV1.sign(method, params, vector.string("accessKeySecret")));
    return actual;
  }

  private static Map<String, Object> acs3(SigningVector vector) {
    SignableRequest request =
        SignableRequest.builder(vector.string("method"), PercentEncoding.decode(vector.string("path")))
            .query(vector.stringMap("query"))
            .headers(vector.stringMap("headers"))
            .build();
    List<String> signedHeaders = Acs3Signature.defaultSignedHeaders(request);
    String canonicalRequest = Acs3Signature.canonicalRequest(request, signedHeaders);
    String signature =
        Acs3Signature.signature(
            Acs3Signature.stringToSign(canonicalRequest), vector.string("accessKeySecret"));
    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("canonicalRequest", canonicalRequest);
    actual.put("signature", signature);
    actual.put(
        "authorization",
        Acs3Signature.sign(request, vector.string("accessKeyId"), vector.string("accessKeySecret")));
    return actual;
  }

  private static Map<String, Object> ossV1(SigningVector vector) {
    String accessKeyId = vector.string("accessKeyId");
    String secret = vector.string("accessKeySecret");
    Map<String, String> query = new LinkedHashMap<>(vector.stringMap("subresources"));
    String expires = vector.optionalString("expires");
    Map<String, Object> actual = new LinkedHashMap<>();
    if (expires == null) {
      SignableRequest request = ossRequest(vector, query);
      String stringToSign = OssSignatureV1.stringToSign(request);
      String signature = OssSignatureV1.signature(stringToSign, secret);
      actual.put("stringToSign", stringToSign);
      actual.put("signature", signature);
      actual.put("authorization", OssSignatureV1.authorization(accessKeyId, signature));
      return actual;
    }
    actual.put("stringToSign", OssSignatureV1.stringToSign(ossRequest(vector, query), expires));
    String token = query.remove("security-token");
    Credentials credentials =
        token == null
            ? Credentials.of(accessKeyId, secret)
            : Credentials.temporary(accessKeyId, secret, token, Long.MAX_VALUE);
    long expiresMillis = Long.parseLong(expires) * 1000L;
    Map<String, String> signedUrl =
        new OssSignatureV1(Clock.fixed(expiresMillis)).presign(ossRequest(vector, query), credentials, 0);
    actual.put("signature", signedUrl.get("Signature"));
    return actual;
  }

  private static Map<String, Object> ossV4(SigningVector vector) {
    long now = vector.json.number("timestamp") * 1000L;
    String region = vector.string("region");
    String secret = vector.string("accessKeySecret");
    Credentials credentials = credentials(vector);
    OssSignatureV4 signer = new OssSignatureV4(region, Clock.fixed(now));
    SignableRequest request = ossRequest(vector, vector.stringMap("query"));
    Map<String, Object> actual = new LinkedHashMap<>();
    if (vector.json.has("presignExpiresSeconds")) {
      Map<String, String> signedUrl =
          signer.presign(request, credentials, vector.json.number("presignExpiresSeconds"));
      actual.put("presignedQuery", signedUrl);
      actual.put("signature", signedUrl.get("x-oss-signature"));
      return actual;
    }
    SignableRequest signed = signer.sign(request, credentials, vector.stringList("additionalHeaders"));
    List<String> additional =
        OssSignatureV4.additionalHeaders(signed, vector.stringList("additionalHeaders"));
    String canonicalRequest = OssSignatureV4.canonicalRequest(signed, additional);
    String stringToSign =
        OssSignatureV4.stringToSign(
            UtcTimestamps.formatCompact(now),
            OssSignatureV4.scope(UtcTimestamps.formatCompactDate(now), region),
            canonicalRequest);
    actual.put("canonicalRequest", canonicalRequest);
    actual.put("stringToSign", stringToSign);
    actual.put(
        "signature",
        OssSignatureV4.signature(
            OssSignatureV4.signingKey(secret, UtcTimestamps.formatCompactDate(now), region),
            stringToSign));
    actual.put("authorization", signed.header("authorization"));
    return actual;
  }

  private static Map<String, Object> ossPost(SigningVector vector, boolean v4) {
    OssPostPolicy.Builder policy = OssPostPolicy.builder(vector.json.number("expiration"));
    for (JsonView condition : vector.objectList("conditions")) {
      policy.condition(condition(condition));
    }
    Map<String, String> fields =
        v4
            ? new OssPostSignatureV4(vector.string("region"), Clock.fixed(vector.json.number("timestamp") * 1000L))
                .sign(policy.build(), credentials(vector))
            : OssPostSignatureV1.sign(policy.build(), credentials(vector));
    Map<String, Object> actual = new LinkedHashMap<>();
    actual.put("policy", Utf8.decode(Base64.decode(fields.get(OssPostPolicy.POLICY_FIELD))));
    actual.put("signature", fields.get(v4 ? OssPostSignatureV4.SIGNATURE_FIELD : OssPostV1Fields.SIGNATURE));
    actual.put("formFields", fields);
    return actual;
  }

  private static OssPostCondition condition(JsonView json) {
    String match = json.string("match");
    switch (match) {
      case "exact":
        return OssPostCondition.exact(json.string("field"), json.string("value"));
      case "eq":
        return OssPostCondition.equal(json.string("field"), json.string("value"));
      case "starts-with":
        return OssPostCondition.startsWith(json.string("field"), json.string("value"));
      case "in":
        return OssPostCondition.in(json.string("field"), json.stringList("values"));
      case "not-in":
        return OssPostCondition.notIn(json.string("field"), json.stringList("values"));
      case "content-length-range":
        return OssPostCondition.contentLengthRange(json.number("min"), json.number("max"));
      default:
        throw new IllegalArgumentException("Unknown condition match " + match);
    }
  }

  /** The vector's key pair, with its security token when it has one. */
  private static Credentials credentials(SigningVector vector) {
    String accessKeyId = vector.string("accessKeyId");
    String secret = vector.string("accessKeySecret");
    String token = vector.optionalString("securityToken");
    return token == null
        ? Credentials.of(accessKeyId, secret)
        : Credentials.temporary(accessKeyId, secret, token, Long.MAX_VALUE);
  }

  private static SignableRequest ossRequest(SigningVector vector, Map<String, String> query) {
    return SignableRequest.builder(
            vector.string("method"),
            SignableRequest.ossPath(vector.string("bucket"), vector.string("key")))
        .query(query)
        .headers(vector.stringMap("headers"))
        .build();
  }
}
