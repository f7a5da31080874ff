package dev.ossdirect.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

/**
 * One visitor of the app, done in Java the way the browser does it: a session cookie, the session's STS
 * token from the token endpoint, then OSS and IMM calls signed with that token by the shared library.
 */
public final class AppSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final JsonNode token;
  private final Credentials credentials;
  private final SecureRandom random = new SecureRandom();

  private AppSession(HttpClient http, JsonNode token) {
    this.http = http;
    this.token = token;
    this.credentials = Credentials.temporary(
        token.get("AccessKeyId").asText(), token.get("AccessKeySecret").asText(),
        token.get("SecurityToken").asText(), Instant.parse(token.get("Expiration").asText()).toEpochMilli());
  }

  /** A new session: a cookie jar of its own, and the token the endpoint at {@code tokenUrl} gives it. */
  public static AppSession open(URI tokenUrl) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(tokenUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the token endpoint answered " + response.statusCode() + ": " + response.body());
    }
    return new AppSession(http, JSON.readTree(response.body()));
  }

  /** The session's folder in the bucket, ending in {@code /}. */
  public String uploadPrefix() {
    return token.get("UploadPrefix").asText();
  }

  /** Uploads {@code body} to {@code key} in one PutObject signed with V4; fails unless OSS answers 200. */
  public void putObject(String key, byte[] body, String contentType) throws IOException, InterruptedException {
    SignableRequest signed = new OssSignatureV4(token.get("Region").asText(), System::currentTimeMillis).sign(
        SignableRequest.builder("PUT", SignableRequest.ossPath(token.get("Bucket").asText(), key))
            .header("Content-Type", contentType)
            .build(),
        credentials);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(token.get("OssEndpoint").asText() + "/" + key))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    signed.headers().forEach(request::header);
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("PutObject " + key + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  /** IMM {@code DetectImageFaces} on {@code key}, signed with RPC V1 as the client signs it by default. */
  public HttpResponse<String> detectImageFaces(String key) throws IOException, InterruptedException {
    Map<String, String> parameters = new RpcRequestSigner(System::currentTimeMillis, random::nextBytes).sign(
        "POST", "DetectImageFaces", SigningInputs.IMM_VERSION,
        Map.of("ProjectName", token.get("ImmProject").asText(),
            "SourceURI", "oss://" + token.get("Bucket").asText() + "/" + key),
        credentials);
    URI url = URI.create(token.get("ImmEndpoint").asText() + "/?" + QueryString.format(parameters));
    return http.send(HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
