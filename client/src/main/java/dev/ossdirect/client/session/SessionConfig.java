package dev.ossdirect.client.session;

import dev.ossdirect.client.http.HttpDates;
import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.TokenAnswer;
import dev.ossdirect.signing.token.TokenAnswerFields;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.List;

/**
 * What the server's token endpoint ({@code GET /api/sts-token}) gives this browser: a temporary STS
 * credential, and where and how to use it (the bucket, its URL, the IMM project, the folder the token
 * may write to, the size and type limits, whether the server signs the uploads). Nothing about the cloud is
 * hard-coded in the page. The answer is read by the names and wire values of {@link TokenAnswerFields},
 * which the server writes with.
 *
 * <p>The credential's expiry is kept on the browser's own clock: the endpoint's {@code Date} header says
 * what time the server had when it answered, so the remaining lifetime is {@code Expiration - Date},
 * counted from when the answer arrived. A browser whose clock is off by an hour still refreshes on time.
 */
public final class SessionConfig {

  private final TokenAnswer answer;
  private final Credentials credentials;

  private SessionConfig(TokenAnswer answer, Credentials credentials) {
    this.answer = answer;
    this.credentials = credentials;
  }

  /**
   * Reads the endpoint's JSON answer {@code body}, which arrived at {@code receivedAtMillis} on the
   * browser's clock with HTTP header {@code Date: dateHeader} (may be {@code null}). Throws
   * {@link IllegalArgumentException} naming the first missing or malformed field.
   */
  public static SessionConfig fromJson(String body, long receivedAtMillis, String dateHeader) {
    TokenAnswer answer = read(JsonObject.parse(body));
    long expiration;
    try {
      expiration = UtcTimestamps.parseIso8601(answer.expiration());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The token response has a malformed " + TokenAnswerFields.EXPIRATION, e);
    }
    Double serverNow = HttpDates.parse(dateHeader);
    long remaining = expiration - (serverNow != null ? serverNow.longValue() : receivedAtMillis);
    Credentials credentials = Credentials.temporary(
        answer.accessKeyId(), answer.accessKeySecret(), answer.securityToken(), receivedAtMillis + remaining);
    return new SessionConfig(answer, credentials);
  }

  private static TokenAnswer read(JsonObject json) {
    TokenAnswer.Builder answer = TokenAnswer.builder()
        .token(required(json, TokenAnswerFields.ACCESS_KEY_ID), required(json, TokenAnswerFields.ACCESS_KEY_SECRET),
            required(json, TokenAnswerFields.SECURITY_TOKEN), required(json, TokenAnswerFields.EXPIRATION))
        .bucket(required(json, TokenAnswerFields.REGION), required(json, TokenAnswerFields.BUCKET),
            withoutTrailingSlash(required(json, TokenAnswerFields.OSS_ENDPOINT)))
        .ossSignatureVersion(
            OssSignatureVersion.fromWireName(json.string(TokenAnswerFields.OSS_SIGNATURE_VERSION)))
        .imm(withoutTrailingSlash(required(json, TokenAnswerFields.IMM_ENDPOINT)),
            required(json, TokenAnswerFields.IMM_PROJECT))
        .immSignature(ImmSignature.fromWireName(json.string(TokenAnswerFields.IMM_SIGNATURE)))
        .uploadFlow(UploadFlow.fromWireName(json.string(TokenAnswerFields.UPLOAD_FLOW)));
    String prefix = json.string(TokenAnswerFields.UPLOAD_PREFIX);
    answer.uploadPrefix(prefix == null ? "" : prefix);
    Double maxFileSize = json.number(TokenAnswerFields.MAX_FILE_SIZE);
    if (maxFileSize == null || maxFileSize < 0) {
      throw new IllegalArgumentException("The token response has no valid " + TokenAnswerFields.MAX_FILE_SIZE);
    }
    return answer.limits(maxFileSize.longValue(), json.strings(TokenAnswerFields.ALLOWED_CONTENT_TYPES)).build();
  }

  private static String required(JsonObject json, String name) {
    String value = json.string(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("The token response has no " + name);
    }
    return value;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The STS credential; its expiration is on the browser's clock. */
  public Credentials credentials() {
    return credentials;
  }

  public String region() {
    return answer.region();
  }

  public String bucket() {
    return answer.bucket();
  }

  /** The bucket's URL as the browser calls it, without a trailing slash. */
  public String ossEndpoint() {
    return answer.ossEndpoint();
  }

  public OssSignatureVersion ossSignatureVersion() {
    return answer.ossSignatureVersion();
  }

  /** IMM's URL, without a trailing slash. */
  public String immEndpoint() {
    return answer.immEndpoint();
  }

  public String immProject() {
    return answer.immProject();
  }

  /** The IMM signature the server recommends. */
  public ImmSignature immSignature() {
    return answer.immSignature();
  }

  /** The folder of this browser session, such as {@code uploads/<32 hex>/}: the token writes only there. */
  public String uploadPrefix() {
    return answer.uploadPrefix();
  }

  /**
   * Whether the server signs each upload ({@code "UploadFlow":"server-signed"}): the token then carries no
   * right to write to the bucket. Otherwise ({@code browser-token}, or a server that names no flow) the page
   * signs its uploads with the token.
   */
  public boolean isServerSigned() {
    return answer.uploadFlow() == UploadFlow.SERVER_SIGNED;
  }

  /** The largest file accepted, in bytes. */
  public long maxFileSize() {
    return answer.maxFileSize();
  }

  /** The accepted media types, such as {@code image/jpeg}; {@code image/*} accepts every image type. */
  public List<String> allowedContentTypes() {
    return answer.allowedContentTypes();
  }
}
