package dev.ossdirect.signing.token;

/**
 * The names of the token answer's JSON fields. The first four are those of Alibaba's tutorial, whose page
 * reads them; the others tell the page where and how to use the token.
 */
public final class TokenAnswerFields {

  public static final String ACCESS_KEY_ID = "AccessKeyId";
  public static final String ACCESS_KEY_SECRET = "AccessKeySecret";
  public static final String SECURITY_TOKEN = "SecurityToken";
  /** The token's expiry as STS wrote it, ISO 8601 in UTC, such as {@code 2015-04-09T11:52:19Z}. */
  public static final String EXPIRATION = "Expiration";
  public static final String REGION = "Region";
  public static final String BUCKET = "Bucket";
  /** The bucket's URL as the browser must call it. */
  public static final String OSS_ENDPOINT = "OssEndpoint";
  public static final String OSS_SIGNATURE_VERSION = "OssSignatureVersion";
  public static final String IMM_ENDPOINT = "ImmEndpoint";
  public static final String IMM_PROJECT = "ImmProject";
  public static final String IMM_SIGNATURE = "ImmSignature";
  public static final String UPLOAD_FLOW = "UploadFlow";
  /** The browser session's folder, such as {@code uploads/<32 hex>/}. */
  public static final String UPLOAD_PREFIX = "UploadPrefix";
  /** The largest file accepted, in bytes: a JSON number. */
  public static final String MAX_FILE_SIZE = "MaxFileSize";
  /** The accepted media types: a JSON array of strings. */
  public static final String ALLOWED_CONTENT_TYPES = "AllowedContentTypes";

  private TokenAnswerFields() {}
}
