package dev.ossdirect.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ossdirect.reliability.report.FuzzTally;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.oracle.OfficialAcs3;
import dev.ossdirect.signing.oracle.OfficialOssV1;
import dev.ossdirect.signing.oracle.OfficialRpcV1;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.oss.OssSubresources;
import dev.ossdirect.signing.oss.OssV4Authorization;
import dev.ossdirect.signing.oss.OssV4PresignedParameters;
import dev.ossdirect.signing.rpc.RpcSignatureV1;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;

/**
 * The canonical forms that signatures are computed over, on requests built from fuzzer input, against
 * Alibaba's own SDK code where calling it is cheap: the RPC V1 signature ({@code openapiutil}), the ACS3
 * {@code Authorization} ({@code openapiutil}) and the OSS V1 string to sign ({@code aliyun-sdk-oss}). OSS V4,
 * whose SDK signer is costly to drive, is checked by signing and verifying: a request signed by the library,
 * header or URL, must verify. Inputs the SDKs cannot take (unpaired surrogates; non-ASCII secrets, header
 * names and values) are left out of the comparisons, as in the oracle tests.
 */
class CanonicalizersFuzzTest {

  private static final FuzzTally TALLY = new FuzzTally(Row.FUZZ_CANONICALIZERS);
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD"};
  private static final List<String> SUBRESOURCES = new ArrayList<>(new TreeSet<>(OssSubresources.all()));
  private static final long NOW = 1_700_000_000_000L;

  @AfterAll
  static void record() {
    TALLY.record();
  }

  @FuzzTest
  void canonicalizersAgreeWithTheSdks(FuzzedDataProvider data) throws Exception {
    int scheme = data.consumeInt(0, 3);
    TALLY.run(() -> {
      switch (scheme) {
        case 0 -> rpcV1(data);
        case 1 -> acs3(data);
        case 2 -> ossV1(data);
        default -> ossV4(data);
      }
    });
  }

  private static void rpcV1(FuzzedDataProvider data) {
    String method = data.pickValue(METHODS);
    String secret = secret(data);
    Map<String, String> parameters = texts(data, 8, 12, 40);
    parameters.remove("Signature");
    parameters.put("Version", "2015-04-01");
    assertEquals(OfficialRpcV1.signature(method, parameters, secret), RpcSignatureV1.sign(method, parameters, secret));
  }

  private static void acs3(FuzzedDataProvider data) {
    String method = data.pickValue(METHODS);
    String secret = secret(data);
    StringBuilder path = new StringBuilder();
    for (int segments = data.consumeInt(0, 3), i = 0; i < segments; i++) {
      String segment = text(data, 12).replace("/", "");
      path.append('/').append(segment.isEmpty() ? "s" : segment);
    }
    Map<String, String> query = texts(data, 6, 12, 30);
    String payloadHash = Acs3Signature.hashPayload(data.consumeBytes(64));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "imm.cn-hangzhou.aliyuncs.com");
    headers.put("x-acs-action", "DetectImageFaces");
    headers.put("x-acs-version", "2020-09-30");
    headers.put("x-acs-date", UtcTimestamps.formatIso8601(NOW));
    headers.put("x-acs-signature-nonce", data.consumeAsciiString(32));
    headers.put(Acs3Signature.CONTENT_SHA256_HEADER, payloadHash);
    for (int extra = data.consumeInt(0, 3), i = 0; i < extra; i++) {
      headers.put("x-acs-" + letters(data, 8), printable(data, 30));
    }
    String finalPath = path.length() == 0 ? "/" : path.toString();
    SignableRequest request = SignableRequest.builder(method, finalPath).query(query).headers(headers).build();
    assertEquals(
        OfficialAcs3.authorization(method, OfficialAcs3.canonicalUri(finalPath), query, headers, payloadHash,
            "accessKeyId", secret),
        Acs3Signature.sign(request, "accessKeyId", secret));
  }

  private static void ossV1(FuzzedDataProvider data) {
    String method = data.pickValue(METHODS);
    String key = text(data, 40);
    Map<String, String> query = new LinkedHashMap<>();
    for (int count = data.consumeInt(0, 4), i = 0; i < count; i++) {
      query.put(data.pickValue(SUBRESOURCES), data.consumeBoolean() ? "" : text(data, 20));
    }
    query.putAll(texts(data, 2, 10, 20));
    Map<String, String> headers = ossHeaders(data);
    headers.put("date", UtcTimestamps.formatRfc1123(NOW + data.consumeLong(0, 1L << 40)));
    SignableRequest request = SignableRequest.builder(method, SignableRequest.ossPath("bucket-name", key))
        .query(query).headers(headers).build();
    assertEquals(OfficialOssV1.stringToSign(method, "bucket-name", key, query, headers),
        OssSignatureV1.stringToSign(request));
  }

  private static void ossV4(FuzzedDataProvider data) {
    String method = data.pickValue(METHODS);
    String key = data.consumeString(40);
    Map<String, String> query = new LinkedHashMap<>();
    for (int count = data.consumeInt(0, 4), i = 0; i < count; i++) {
      query.put(data.consumeString(10), data.consumeString(20));
    }
    query.keySet().removeIf(name -> name.isEmpty() || name.startsWith("x-oss-"));
    Map<String, String> headers = ossHeaders(data);
    Credentials credentials = data.consumeBoolean()
        ? Credentials.of("accessKeyId", secret(data))
        : Credentials.temporary("STS.accessKeyId", secret(data), "t" + data.consumeString(40),
            NOW + 3_600_000);
    SignableRequest request = SignableRequest.builder(method, SignableRequest.ossPath("bucket-name", key))
        .query(query).headers(headers).build();
    OssSignatureV4 signer = new OssSignatureV4("cn-hangzhou", Clock.fixed(NOW));
    SignableRequest signed = signer.sign(request, credentials);
    assertTrue(OssSignatureV4.verify(signed, OssV4Authorization.parse(signed.header("authorization")),
        credentials.accessKeySecret()).matches());
    Map<String, String> url = new LinkedHashMap<>(query);
    url.putAll(signer.presign(request, credentials, 3600));
    SignableRequest received = request.toBuilder().query(url).build();
    assertTrue(OssSignatureV4.verifyPresigned(received, OssV4PresignedParameters.parse(
        QueryString.parse(QueryString.format(url))), credentials.accessKeySecret()).matches());
  }

  /** A secret the SDKs can sign with, and the library accepts: ASCII, and never empty, as no real secret is. */
  private static String secret(FuzzedDataProvider data) {
    return "s" + data.consumeAsciiString(30);
  }

  /** Content-Type, Content-MD5 and x-oss-* headers, each perhaps, with printable ASCII values. */
  private static Map<String, String> ossHeaders(FuzzedDataProvider data) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (data.consumeBoolean()) {
      headers.put("content-type", printable(data, 30));
    }
    if (data.consumeBoolean()) {
      headers.put("content-md5", printable(data, 24));
    }
    for (int count = data.consumeInt(0, 3), i = 0; i < count; i++) {
      headers.put("x-oss-meta-" + letters(data, 8), printable(data, 30));
    }
    return headers;
  }

  /** Up to {@code count} name-value pairs of well-formed text. */
  private static Map<String, String> texts(FuzzedDataProvider data, int count, int nameLength, int valueLength) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int n = data.consumeInt(0, count), i = 0; i < n; i++) {
      pairs.put(text(data, nameLength), text(data, valueLength));
    }
    return pairs;
  }

  private static String text(FuzzedDataProvider data, int length) {
    return FuzzText.wellFormed(data.consumeString(length));
  }

  /** Lower-case ASCII letters, at least one. */
  private static String letters(FuzzedDataProvider data, int length) {
    StringBuilder out = new StringBuilder("a");
    for (char c : data.consumeAsciiString(length).toCharArray()) {
      out.append((char) ('a' + Math.floorMod(c, 26)));
    }
    return out.toString();
  }

  /** Printable ASCII, which the SDKs put in header values as the library does. */
  private static String printable(FuzzedDataProvider data, int length) {
    StringBuilder out = new StringBuilder();
    for (char c : data.consumeAsciiString(length).toCharArray()) {
      out.append((char) (0x20 + Math.floorMod(c, 0x5f)));
    }
    return out.toString();
  }
}
