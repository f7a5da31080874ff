package dev.ossdirect.client.signed;

import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.http.ChosenFile;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.text.WholeNumbers;
import dev.ossdirect.signing.codec.JsonString;
import dev.ossdirect.signing.codec.PercentEncoding;
import java.util.List;

/**
 * The requests of a server-signed upload: to the app's server ({@code api/uploads}, relative to the page),
 * and to OSS with what the server signed.
 */
public final class SignedUploadRequests {

  /** The endpoint, relative to the page, so that the app works at {@code /} and at {@code /imm}. */
  public static final String PATH = "api/uploads";

  private static final int TIMEOUT_MILLIS = 30_000;

  private SignedUploadRequests() {}

  /** {@code POST api/uploads}: asks the server to sign the upload of {@code file} as {@code contentType}. */
  public static HttpRequest create(ChosenFile file, String contentType) {
    String body = "{\"name\":" + JsonString.quote(file.name()) + ",\"size\":" + WholeNumbers.format(file.size())
        + ",\"contentType\":" + JsonString.quote(contentType) + "}";
    return json("POST", PATH, body);
  }

  /** {@code POST api/uploads/{id}/parts/{n}}: asks the server to sign part {@code partNumber}. */
  public static HttpRequest signPart(String id, int partNumber) {
    return HttpRequest.builder("POST", uploadPath(id) + "/parts/" + partNumber).timeoutMillis(TIMEOUT_MILLIS).build();
  }

  /** {@code POST api/uploads/{id}/complete} with the ETags of parts 1, 2, … in order. */
  public static HttpRequest complete(String id, List<String> etags) {
    StringBuilder body = new StringBuilder("{\"Parts\":[");
    for (int i = 0; i < etags.size(); i++) {
      body.append(i == 0 ? "" : ",").append("{\"PartNumber\":").append(i + 1)
          .append(",\"ETag\":").append(JsonString.quote(etags.get(i))).append('}');
    }
    return json("POST", uploadPath(id) + "/complete", body.append("]}").toString());
  }

  /** {@code DELETE api/uploads/{id}}: the server aborts the multipart upload. */
  public static HttpRequest abort(String id) {
    return HttpRequest.builder("DELETE", uploadPath(id)).timeoutMillis(TIMEOUT_MILLIS).build();
  }

  /** The PostObject of the whole {@code file} with the form {@code grant} carries. */
  public static HttpRequest postObject(UploadGrant grant, ChosenFile file) {
    return HttpRequest.builder("POST", grant.url())
        .formBody(grant.fields(), file)
        .timeoutMillis(OssRequests.timeoutFor(file.size()))
        .build();
  }

  /** UploadPart of {@code range} of {@code file}, with the headers the server signed. */
  public static HttpRequest uploadPart(PartGrant grant, ChosenFile file, ByteRange range) {
    return HttpRequest.builder("PUT", grant.url())
        .headers(grant.headers())
        .fileBody(file, range)
        .timeoutMillis(OssRequests.timeoutFor(range.length()))
        .build();
  }

  private static String uploadPath(String id) {
    return PATH + "/" + PercentEncoding.encode(id);
  }

  private static HttpRequest json(String method, String path, String body) {
    return HttpRequest.builder(method, path)
        .header("Content-Type", "application/json")
        .textBody(body)
        .timeoutMillis(TIMEOUT_MILLIS)
        .build();
  }
}
