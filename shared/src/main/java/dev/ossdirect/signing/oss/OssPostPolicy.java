package dev.ossdirect.signing.oss;

import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.JsonString;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The policy of an OSS PostObject upload: until when the form may be posted, and the conditions its fields
 * and its file must meet. The server signs it ({@link OssPostSignatureV4}, {@link OssPostSignatureV1}) and
 * hands it to the browser, which posts the file straight to the bucket.
 *
 * <pre>
 * {"expiration":"2024-06-11T08:40:00.000Z","conditions":[{"bucket":"web-direct-upload"},...]}
 * </pre>
 *
 * <p>The document is written exactly as Alibaba's Java SDK writes one ({@code OSSClient.generatePostPolicy}):
 * the expiration in UTC with milliseconds, no spaces, strings escaped by {@link JsonString}; so the two
 * sign the same bytes. Conditions keep the order they were added in.
 *
 * <pre>
 * OssPostPolicy policy = OssPostPolicy.builder(clock.currentTimeMillis() + 600_000)
 *     .bucket("web-direct-upload")
 *     .key("uploads/3f2a/photo.jpg")
 *     .contentLengthRange(size, size)
 *     .contentType("image/jpeg")
 *     .forbidOverwrite()
 *     .build();
 * </pre>
 */
public final class OssPostPolicy {

  /** The form field that carries the encoded policy, under either signature. */
  public static final String POLICY_FIELD = "policy";
  /** The form field that carries an STS security token, under either signature. */
  public static final String SECURITY_TOKEN_FIELD = "x-oss-security-token";

  private final long expirationMillis;
  private final List<OssPostCondition> conditions;

  private OssPostPolicy(long expirationMillis, List<OssPostCondition> conditions) {
    this.expirationMillis = expirationMillis;
    this.conditions = Collections.unmodifiableList(new ArrayList<>(conditions));
  }

  /** A policy that expires at {@code expirationMillis} (epoch milliseconds), with the conditions to add. */
  public static Builder builder(long expirationMillis) {
    return new Builder(expirationMillis);
  }

  /** When the policy expires, in epoch milliseconds: a form posted at that instant or later is refused. */
  public long expirationMillis() {
    return expirationMillis;
  }

  public List<OssPostCondition> conditions() {
    return conditions;
  }

  /** A builder holding this policy's expiration and conditions, to add more. */
  public Builder toBuilder() {
    Builder builder = new Builder(expirationMillis);
    builder.conditions.addAll(conditions);
    return builder;
  }

  /** The policy document, in JSON. */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\"expiration\":")
        .append(JsonString.quote(UtcTimestamps.formatIso8601Millis(expirationMillis)))
        .append(",\"conditions\":[");
    for (int i = 0; i < conditions.size(); i++) {
      out.append(i == 0 ? "" : ",").append(conditions.get(i).toJson());
    }
    return out.append("]}").toString();
  }

  /** The Base64 of the document's UTF-8: the {@code policy} form field, and the string that is signed. */
  public String encoded() {
    return Base64.encode(Utf8.encode(toJson()));
  }

  @Override
  public String toString() {
    return toJson();
  }

  /** Adds conditions, in order. */
  public static final class Builder {
    private final long expirationMillis;
    private final List<OssPostCondition> conditions = new ArrayList<>();

    private Builder(long expirationMillis) {
      if (expirationMillis < 0) {
        throw new IllegalArgumentException("A policy cannot expire before 1970");
      }
      this.expirationMillis = expirationMillis;
    }

    /** Adds {@code condition}. */
    public Builder condition(OssPostCondition condition) {
      conditions.add(condition);
      return this;
    }

    /** {@code {"field":"value"}}. */
    public Builder exact(String field, String value) {
      return condition(OssPostCondition.exact(field, value));
    }

    /** {@code ["eq","$field","value"]}. */
    public Builder equal(String field, String value) {
      return condition(OssPostCondition.equal(field, value));
    }

    /** {@code ["starts-with","$field","prefix"]}. */
    public Builder startsWith(String field, String prefix) {
      return condition(OssPostCondition.startsWith(field, prefix));
    }

    /** {@code ["in","$field",[values]]}. */
    public Builder in(String field, String... values) {
      return condition(OssPostCondition.in(field, Arrays.asList(values)));
    }

    /** {@code ["not-in","$field",[values]]}. */
    public Builder notIn(String field, String... values) {
      return condition(OssPostCondition.notIn(field, Arrays.asList(values)));
    }

    /** {@code ["content-length-range",min,max]}; the same number twice allows exactly that size. */
    public Builder contentLengthRange(long min, long max) {
      return condition(OssPostCondition.contentLengthRange(min, max));
    }

    /** {@code {"bucket":"name"}}: the form may only be posted to this bucket. */
    public Builder bucket(String name) {
      return exact("bucket", name);
    }

    /** {@code ["eq","$key","key"]}: the object gets exactly this key. */
    public Builder key(String key) {
      return equal("key", key);
    }

    /** {@code ["starts-with","$key","prefix"]}: the object's key starts with {@code prefix}. */
    public Builder keyStartsWith(String prefix) {
      return startsWith("key", prefix);
    }

    /** {@code {"Content-Type":"type"}}: the object is stored with this content type. */
    public Builder contentType(String type) {
      return exact("Content-Type", type);
    }

    /** {@code {"x-oss-forbid-overwrite":"true"}}: the form must ask OSS not to replace an existing object. */
    public Builder forbidOverwrite() {
      return exact("x-oss-forbid-overwrite", "true");
    }

    /** {@code {"x-oss-security-token":"token"}}: the form must carry this STS token. */
    public Builder securityToken(String token) {
      return exact(SECURITY_TOKEN_FIELD, token);
    }

    public OssPostPolicy build() {
      return new OssPostPolicy(expirationMillis, conditions);
    }
  }
}
