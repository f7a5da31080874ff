package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oss.OssRequestSigner;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.upload.CompleteMultipartUploadXml;
import dev.ossdirect.signing.upload.XmlElements;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The multipart calls the server makes itself, with its own {@link SigningCredentials}:
 * InitiateMultipartUpload, CompleteMultipartUpload and AbortMultipartUpload. The browser only sends the
 * parts, each signed by the server for its exact size ({@link UploadSignatures#part}).
 *
 * <p>Initiate and Complete carry {@code x-oss-forbid-overwrite: true}, so that OSS never replaces an object
 * that exists (the key is new anyway: a random UUID). A call that gets no answer is sent once more: OSS's
 * multipart calls may be repeated, and a Complete whose first answer was lost is told {@code NoSuchUpload},
 * which goes back to the browser as it is (the page then confirms the object by reading it through IMM).
 */
public final class OssUploadCalls {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Deployment deployment;
  private final OssRequestSigner signer;
  private final SigningCredentials credentials;
  private final HttpClient http;

  /**
   * Calls to {@code deployment}'s bucket, signed by {@code signer}'s version with {@code credentials}.
   */
  public OssUploadCalls(Deployment deployment, OssRequestSigner signer, SigningCredentials credentials) {
    this.deployment = deployment;
    this.signer = signer;
    this.credentials = credentials;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The signer for {@code version} in {@code region}, dating requests by {@code clock}. */
  public static OssRequestSigner signer(OssSignatureVersion version, String region, Clock clock) {
    return version == OssSignatureVersion.V1 ? new OssSignatureV1(clock) : new OssSignatureV4(region, clock);
  }

  /** InitiateMultipartUpload of {@code key}, stored as {@code contentType}: the upload id. */
  public String initiate(String key, String contentType) throws OssFailure, StsFailure {
    SignableRequest request = SignableRequest.builder("POST", SignableRequest.ossPath(deployment.bucket(), key))
        .query("uploads", "")
        .header("content-type", contentType)
        .header("x-oss-forbid-overwrite", "true")
        .build();
    String uploadId = XmlElements.text(send(request, key, ""), "UploadId");
    if (uploadId == null || uploadId.isEmpty()) {
      throw new OssFailure(502, "InvalidResponse", "OSS started the multipart upload but sent no UploadId.",
          null, null);
    }
    return uploadId;
  }

  /** CompleteMultipartUpload of {@code uploadId} with every part's ETag. */
  public void complete(String key, String uploadId, Map<Integer, String> etags) throws OssFailure, StsFailure {
    SignableRequest request = SignableRequest.builder("POST", SignableRequest.ossPath(deployment.bucket(), key))
        .query("uploadId", uploadId)
        .header("content-type", "application/xml")
        .header("x-oss-forbid-overwrite", "true")
        .build();
    send(request, key, CompleteMultipartUploadXml.of(etags));
  }

  /** AbortMultipartUpload of {@code uploadId}: OSS drops every part stored so far. */
  public void abort(String key, String uploadId) throws OssFailure, StsFailure {
    SignableRequest request = SignableRequest.builder("DELETE", SignableRequest.ossPath(deployment.bucket(), key))
        .query("uploadId", uploadId)
        .build();
    send(request, key, null);
  }

  /** The URL of {@code key} with {@code query}, as the bucket must be called. */
  URI url(String key, Map<String, String> query) {
    String encodedQuery = QueryString.format(query);
    return URI.create(deployment.bucketUrl() + "/" + PercentEncoding.encodePath(key)
        + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery));
  }

  private String send(SignableRequest request, String key, String body) throws OssFailure, StsFailure {
    IOException lost = null;
    for (int attempt = 1; attempt <= 2; attempt++) {
      Credentials signWith = credentials.current();
      SignableRequest signed = signer.sign(request, signWith);
      HttpRequest.Builder builder = HttpRequest.newBuilder(url(key, request.query())).timeout(TIMEOUT);
      for (Map.Entry<String, String> header : signed.headers().entrySet()) {
        builder.header(header.getKey(), header.getValue());
      }
      builder.method(request.method(), body == null
          ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      HttpResponse<String> response;
      try {
        response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        lost = e;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OssFailure(0, OssFailure.UNREACHABLE, "The call to OSS was interrupted.", null, e);
      }
      if (response.statusCode() / 100 == 2) {
        return response.body();
      }
      String code = XmlElements.text(response.body(), "Code");
      throw new OssFailure(
          response.statusCode(),
          code == null ? "HTTP" + response.statusCode() : code,
          orElse(XmlElements.text(response.body(), "Message"), "OSS answered HTTP " + response.statusCode() + "."),
          orElse(XmlElements.text(response.body(), "RequestId"),
              response.headers().firstValue("x-oss-request-id").orElse(null)),
          null);
    }
    throw new OssFailure(0, OssFailure.UNREACHABLE, "OSS at " + deployment.bucketUrl() + " gave no answer.", null, lost);
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
