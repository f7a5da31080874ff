package dev.ossdirect.client.session;

import dev.ossdirect.client.faces.ImmSignature;
import dev.ossdirect.client.http.HttpDates;
import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.client.oss.OssSignatureVersion;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Collections;
import java.util.List;

/**
 * What the server's token endpoint ({@code GET /api/sts-token}) gives this browser: a temporary STS
 * credential, and where and how to use it (the bucket, its URL, the IMM project, the folder the token
 * may write to, the size and type limits, whether the server signs the uploads). Nothing about the cloud is
 * hard-coded in the page.
 *
 * <p>The credential's expiry is kept on the browser's own clock: the endpoint's {@code Date} header says
 * what time the server had when it answered, so the remaining lifetime is {@code Expiration - Date},
 * counted from when the answer arrived. A browser whose clock is off by an hour still refreshes on time.
 */
public final class SessionConfig {

  private static final String SERVER_SIGNED = "server-signed";

  private final Credentials credentials;
  private final String region;
  private final String bucket;
  private final String ossEndpoint;
  private final OssSignatureVersion ossSignatureVersion;
  private final String immEndpoint;
  private final String immProject;
  private final ImmSignature immSignature;
  private final String uploadPrefix;
  private final boolean serverSigned;
  private final long maxFileSize;
  private final List<String> allowedContentTypes;

  private SessionConfig(JsonObject json, Credentials credentials) {
    this.credentials = credentials;
    this.region = required(json, "Region");
    this.bucket = required(json, "Bucket");
    this.ossEndpoint = withoutTrailingSlash(required(json, "OssEndpoint"));
    this.ossSignatureVersion = OssSignatureVersion.fromWireName(json.string("OssSignatureVersion"));
    this.immEndpoint = withoutTrailingSlash(required(json, "ImmEndpoint"));
    this.immProject = required(json, "ImmProject");
    this.immSignature = ImmSignature.fromWireName(json.string("ImmSignature"));
    this.uploadPrefix = json.string("UploadPrefix") == null ? "" : json.string("UploadPrefix");
    this.serverSigned = SERVER_SIGNED.equals(json.string("UploadFlow"));
    Double maxFileSize = json.number("MaxFileSize");
    if (maxFileSize == null || maxFileSize < 0) {
      throw new IllegalArgumentException("The token response has no valid MaxFileSize");
    }
    this.maxFileSize = maxFileSize.longValue();
    this.allowedContentTypes = Collections.unmodifiableList(json.strings("AllowedContentTypes"));
  }

  /**
   * Reads the endpoint's JSON answer {@code body}, which arrived at {@code receivedAtMillis} on the
   * browser's clock with HTTP header {@code Date: dateHeader} (may be {@code null}). Throws
   * {@link IllegalArgumentException} naming the first missing or malformed field.
   */
  public static SessionConfig fromJson(String body, long receivedAtMillis, String dateHeader) {
    JsonObject json = JsonObject.parse(body);
    long expiration;
    try {
      expiration = UtcTimestamps.parseIso8601(required(json, "Expiration"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The token response has a malformed Expiration", e);
    }
    Long serverNow = HttpDates.parse(dateHeader);
    long remaining = expiration - (serverNow != null ? serverNow : receivedAtMillis);
    Credentials credentials = Credentials.temporary(
        required(json, "AccessKeyId"),
        required(json, "AccessKeySecret"),
        required(json, "SecurityToken"),
        receivedAtMillis + remaining);
    return new SessionConfig(json, credentials);
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
    return region;
  }

  public String bucket() {
    return bucket;
  }

  /** The bucket's URL as the browser calls it, without a trailing slash. */
  public String ossEndpoint() {
    return ossEndpoint;
  }

  public OssSignatureVersion ossSignatureVersion() {
    return ossSignatureVersion;
  }

  /** IMM's URL, without a trailing slash. */
  public String immEndpoint() {
    return immEndpoint;
  }

  public String immProject() {
    return immProject;
  }

  /** The IMM signature the server recommends. */
  public ImmSignature immSignature() {
    return immSignature;
  }

  /** The folder of this browser session, such as {@code uploads/<32 hex>/}: the token writes only there. */
  public String uploadPrefix() {
    return uploadPrefix;
  }

  /**
   * Whether the server signs each upload ({@code "UploadFlow":"server-signed"}): the token then carries no
   * right to write to the bucket. Otherwise ({@code browser-token}, or a server that names no flow) the page
   * signs its uploads with the token.
   */
  public boolean isServerSigned() {
    return serverSigned;
  }

  /** The largest file accepted, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** The accepted media types, such as {@code image/jpeg}; {@code image/*} accepts every image type. */
  public List<String> allowedContentTypes() {
    return allowedContentTypes;
  }
}
