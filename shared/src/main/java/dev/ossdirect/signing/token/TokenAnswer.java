package dev.ossdirect.signing.token;

import dev.ossdirect.signing.codec.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The token endpoint's answer: a temporary STS credential, and where and how the page uses it. The server
 * builds one and sends {@link #toJson()}; the page reads the fields named in {@link TokenAnswerFields} back
 * into one. Both sides thereby agree on every name and wire value without a shared JSON library, which the
 * browser build does not have.
 *
 * <p>{@link #toString()} never shows the secret or the security token, so an answer can be logged safely.
 */
public final class TokenAnswer {

  private final String accessKeyId;
  private final String accessKeySecret;
  private final String securityToken;
  private final String expiration;
  private final String region;
  private final String bucket;
  private final String ossEndpoint;
  private final OssSignatureVersion ossSignatureVersion;
  private final String immEndpoint;
  private final String immProject;
  private final ImmSignature immSignature;
  private final UploadFlow uploadFlow;
  private final String uploadPrefix;
  private final long maxFileSize;
  private final List<String> allowedContentTypes;

  private TokenAnswer(Builder builder) {
    this.accessKeyId = builder.accessKeyId;
    this.accessKeySecret = builder.accessKeySecret;
    this.securityToken = builder.securityToken;
    this.expiration = builder.expiration;
    this.region = builder.region;
    this.bucket = builder.bucket;
    this.ossEndpoint = builder.ossEndpoint;
    this.ossSignatureVersion = builder.ossSignatureVersion;
    this.immEndpoint = builder.immEndpoint;
    this.immProject = builder.immProject;
    this.immSignature = builder.immSignature;
    this.uploadFlow = builder.uploadFlow;
    this.uploadPrefix = builder.uploadPrefix;
    this.maxFileSize = builder.maxFileSize;
    this.allowedContentTypes = Collections.unmodifiableList(new ArrayList<>(builder.allowedContentTypes));
  }

  public static Builder builder() {
    return new Builder();
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public String accessKeySecret() {
    return accessKeySecret;
  }

  public String securityToken() {
    return securityToken;
  }

  /** The expiry as STS wrote it, such as {@code 2015-04-09T11:52:19Z}. */
  public String expiration() {
    return expiration;
  }

  public String region() {
    return region;
  }

  public String bucket() {
    return bucket;
  }

  /** The bucket's URL as the browser calls it. */
  public String ossEndpoint() {
    return ossEndpoint;
  }

  public OssSignatureVersion ossSignatureVersion() {
    return ossSignatureVersion;
  }

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

  public UploadFlow uploadFlow() {
    return uploadFlow;
  }

  /** The browser session's folder, such as {@code uploads/<32 hex>/}. */
  public String uploadPrefix() {
    return uploadPrefix;
  }

  /** The largest file accepted, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** The accepted media types, such as {@code image/jpeg}; {@code image/*} accepts every image type. */
  public List<String> allowedContentTypes() {
    return allowedContentTypes;
  }

  /**
   * The answer as the endpoint sends it: one JSON object, its fields in the order of
   * {@link TokenAnswerFields}, the three choices by their wire names. A missing value is {@code null}.
   */
  public String toJson() {
    StringBuilder json = new StringBuilder(1024).append('{');
    field(json, TokenAnswerFields.ACCESS_KEY_ID, accessKeyId);
    field(json, TokenAnswerFields.ACCESS_KEY_SECRET, accessKeySecret);
    field(json, TokenAnswerFields.SECURITY_TOKEN, securityToken);
    field(json, TokenAnswerFields.EXPIRATION, expiration);
    field(json, TokenAnswerFields.REGION, region);
    field(json, TokenAnswerFields.BUCKET, bucket);
    field(json, TokenAnswerFields.OSS_ENDPOINT, ossEndpoint);
    field(json, TokenAnswerFields.OSS_SIGNATURE_VERSION,
        ossSignatureVersion == null ? null : ossSignatureVersion.wireName());
    field(json, TokenAnswerFields.IMM_ENDPOINT, immEndpoint);
    field(json, TokenAnswerFields.IMM_PROJECT, immProject);
    field(json, TokenAnswerFields.IMM_SIGNATURE, immSignature == null ? null : immSignature.wireName());
    field(json, TokenAnswerFields.UPLOAD_FLOW, uploadFlow == null ? null : uploadFlow.wireName());
    field(json, TokenAnswerFields.UPLOAD_PREFIX, uploadPrefix);
    name(json, TokenAnswerFields.MAX_FILE_SIZE).append(maxFileSize);
    name(json, TokenAnswerFields.ALLOWED_CONTENT_TYPES).append('[');
    for (int i = 0; i < allowedContentTypes.size(); i++) {
      json.append(i == 0 ? "" : ",").append(literal(allowedContentTypes.get(i)));
    }
    return json.append("]}").toString();
  }

  private static void field(StringBuilder json, String name, String value) {
    name(json, name).append(literal(value));
  }

  private static StringBuilder name(StringBuilder json, String name) {
    return json.append(json.length() == 1 ? "" : ",").append(JsonString.quote(name)).append(':');
  }

  private static String literal(String value) {
    return value == null ? "null" : JsonString.quote(value);
  }

  @Override
  public String toString() {
    return "TokenAnswer{" + accessKeyId + ", expires " + expiration + ", " + bucket + "}";
  }

  /** Collects an answer's values; what is never set stays {@code null} (0 and none for the limits). */
  public static final class Builder {

    private String accessKeyId;
    private String accessKeySecret;
    private String securityToken;
    private String expiration;
    private String region;
    private String bucket;
    private String ossEndpoint;
    private OssSignatureVersion ossSignatureVersion;
    private String immEndpoint;
    private String immProject;
    private ImmSignature immSignature;
    private UploadFlow uploadFlow;
    private String uploadPrefix;
    private long maxFileSize;
    private List<String> allowedContentTypes = Collections.emptyList();

    private Builder() {}

    /** The temporary credential: its AccessKey id, secret, security token and STS's expiry text. */
    public Builder token(String accessKeyId, String accessKeySecret, String securityToken, String expiration) {
      this.accessKeyId = accessKeyId;
      this.accessKeySecret = accessKeySecret;
      this.securityToken = securityToken;
      this.expiration = expiration;
      return this;
    }

    /** Where the files go: the region, the bucket and the bucket's URL for the browser. */
    public Builder bucket(String region, String bucket, String ossEndpoint) {
      this.region = region;
      this.bucket = bucket;
      this.ossEndpoint = ossEndpoint;
      return this;
    }

    public Builder ossSignatureVersion(OssSignatureVersion ossSignatureVersion) {
      this.ossSignatureVersion = ossSignatureVersion;
      return this;
    }

    /** Where faces are detected: IMM's URL and the project. */
    public Builder imm(String immEndpoint, String immProject) {
      this.immEndpoint = immEndpoint;
      this.immProject = immProject;
      return this;
    }

    public Builder immSignature(ImmSignature immSignature) {
      this.immSignature = immSignature;
      return this;
    }

    public Builder uploadFlow(UploadFlow uploadFlow) {
      this.uploadFlow = uploadFlow;
      return this;
    }

    public Builder uploadPrefix(String uploadPrefix) {
      this.uploadPrefix = uploadPrefix;
      return this;
    }

    /** The largest file in bytes and the accepted media types. */
    public Builder limits(long maxFileSize, List<String> allowedContentTypes) {
      this.maxFileSize = maxFileSize;
      this.allowedContentTypes = allowedContentTypes;
      return this;
    }

    public TokenAnswer build() {
      return new TokenAnswer(this);
    }
  }
}
