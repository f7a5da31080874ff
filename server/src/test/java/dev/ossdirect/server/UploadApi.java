package dev.ossdirect.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.oss.StoredObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server-signed upload API as a client that ignores the page would call it: raw HTTP to the app's
 * server, then raw HTTP to the local OSS with what the server signed.
 */
public final class UploadApi {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final LocalApp app;

  public UploadApi(LocalApp app) {
    this.app = app;
  }

  /** A new browser session that has loaded the page: it got a token, so the server knows its session. */
  public HttpClient newSession() throws IOException, InterruptedException {
    HttpClient browser = LocalApp.newBrowser();
    HttpResponse<String> token = app.get(browser, "/api/sts-token");
    if (token.statusCode() != 200) {
      throw new IllegalStateException(token.body());
    }
    return browser;
  }

  public HttpResponse<String> create(HttpClient browser, String name, long size, String contentType)
      throws IOException, InterruptedException {
    return post(browser, "/api/uploads", JSON.writeValueAsString(
        Map.of("name", name, "size", size, "contentType", contentType)));
  }

  public HttpResponse<String> post(HttpClient browser, String path, String body) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(app.url(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(HttpClient browser, String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(app.url(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code body} as a part with the URL and headers the server signed in {@code grant}. */
  public HttpResponse<String> sendPart(JsonNode grant, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(grant.get("Url").asText()))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    grant.get("Headers").fields().forEachRemaining(header -> request.header(header.getKey(), header.getValue().asText()));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts the form {@code grant} carries, with {@code changes} to its fields ({@code null} removes one), and
   * {@code file} as the file, as a {@code multipart/form-data} body built by hand. The file part has the type
   * of the form's {@code Content-Type} field, as the page sends it.
   */
  public HttpResponse<String> postForm(JsonNode grant, Map<String, String> changes, byte[] file)
      throws IOException, InterruptedException {
    return postForm(grant, changes, null, file);
  }

  /** Like {@link #postForm(JsonNode, Map, byte[])}, the file part of type {@code fileType} if not null. */
  public HttpResponse<String> postForm(JsonNode grant, Map<String, String> changes, String fileType, byte[] file)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    grant.get("Fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
    changes.forEach((name, value) -> {
      if (value == null) {
        fields.remove(name);
      } else {
        fields.put(name, value);
      }
    });
    String boundary = "----ossdirect-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
          + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n"
        + "Content-Type: " + (fileType != null ? fileType : fields.get("Content-Type")) + "\r\n\r\n").getBytes(UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(grant.get("Url").asText()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The official OSS SDK, signing with {@code version} as the holder of {@code token} (a token response). */
  public OSS ossWithToken(JsonNode token, SignVersion version) {
    ClientBuilderConfiguration configuration = new ClientBuilderConfiguration();
    configuration.setSignatureVersion(version);
    return OSSClientBuilder.create()
        .endpoint(app.localCloud().ossEndpoint().toString())
        .credentialsProvider(new DefaultCredentialProvider(token.get("AccessKeyId").asText(),
            token.get("AccessKeySecret").asText(), token.get("SecurityToken").asText()))
        .clientConfiguration(configuration)
        .region(token.get("Region").asText())
        .build();
  }

  /** The bytes of object {@code key} in the local bucket, if it exists. */
  public Optional<byte[]> stored(String key) {
    try {
      Optional<StoredObject> object =
          app.localCloud().objectStore().open(app.application.deployment().bucket(), key);
      if (object.isEmpty()) {
        return Optional.empty();
      }
      try (StoredObject stored = object.get(); InputStream content = stored.content()) {
        return Optional.of(content.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
