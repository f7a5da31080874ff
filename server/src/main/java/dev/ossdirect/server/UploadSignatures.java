package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV1;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server signs for a browser in the {@link UploadFlow#SERVER_SIGNED} flow, each good for exactly one
 * request of one file.
 *
 * <ul>
 *   <li>{@link #postForm}: a PostObject form whose policy allows one object: this bucket, this key, exactly
 *       the declared size ({@code content-length-range} from it to it), exactly the declared
 *       {@code Content-Type}, {@code x-oss-forbid-overwrite: true}, this security token, for
 *       {@link #FORM_LIFETIME_MILLIS}. V4 by default, V1 for buckets that need it.
 *   <li>{@link #part}: one UploadPart with OSS V4 header authentication, {@code content-length} among the
 *       signed additional headers: OSS refuses a body of any other size. V1 cannot sign
 *       {@code Content-Length}, which is why V1 deployments upload every file with a PostObject form.
 * </ul>
 */
public final class UploadSignatures {

  /** How long a signed form may be posted: ten minutes. */
  public static final long FORM_LIFETIME_MILLIS = 10 * 60 * 1000L;

  /** The form fields that are not signature fields, in the order they are sent. */
  static final String KEY_FIELD = "key";
  static final String CONTENT_TYPE_FIELD = "Content-Type";
  static final String FORBID_OVERWRITE_FIELD = "x-oss-forbid-overwrite";

  private final Deployment deployment;
  private final OssSignatureVersion version;
  private final Clock clock;

  /** Signatures for {@code deployment}'s bucket with {@code version}, dated by {@code clock}. */
  public UploadSignatures(Deployment deployment, OssSignatureVersion version, Clock clock) {
    this.deployment = deployment;
    this.version = version;
    this.clock = clock;
  }

  /**
   * The policy a form for {@code key} of exactly {@code size} bytes of {@code contentType} is signed with,
   * before the signature adds its own conditions.
   */
  public OssPostPolicy policy(String key, long size, String contentType) {
    return OssPostPolicy.builder(clock.currentTimeMillis() + FORM_LIFETIME_MILLIS)
        .bucket(deployment.bucket())
        .key(key)
        .contentLengthRange(size, size)
        .contentType(contentType)
        .forbidOverwrite()
        .build();
  }

  /**
   * Every field of a PostObject form for {@code key} of exactly {@code size} bytes of {@code contentType},
   * signed with {@code credentials}, in the order to send them; the file goes after them.
   */
  public Map<String, String> postForm(String key, long size, String contentType, Credentials credentials) {
    OssPostPolicy policy = policy(key, size, contentType);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(KEY_FIELD, key);
    fields.put(CONTENT_TYPE_FIELD, contentType);
    fields.put(FORBID_OVERWRITE_FIELD, "true");
    fields.putAll(version == OssSignatureVersion.V1
        ? OssPostSignatureV1.sign(policy, credentials)
        : new OssPostSignatureV4(deployment.region(), clock).sign(policy, credentials));
    return fields;
  }

  /**
   * The headers of UploadPart {@code partNumber} of {@code uploadId} for {@code key}, whose body must be
   * exactly {@code length} bytes: {@code authorization}, {@code x-oss-date}, {@code x-oss-content-sha256}
   * and {@code x-oss-security-token}. The browser sends them with the part; it sets {@code Content-Length}
   * itself, from the body, and that is what OSS checks against the signature.
   */
  public Map<String, String> part(
      String key, String uploadId, int partNumber, long length, Credentials credentials) {
    SignableRequest request = partRequest(key, uploadId, partNumber, length);
    SignableRequest signed =
        new OssSignatureV4(deployment.region(), clock).sign(request, credentials, List.of("content-length"));
    Map<String, String> headers = new LinkedHashMap<>(signed.headers());
    headers.remove("content-length");
    return headers;
  }

  /** The UploadPart request as signed, before its signature headers. */
  SignableRequest partRequest(String key, String uploadId, int partNumber, long length) {
    return SignableRequest.builder("PUT", SignableRequest.ossPath(deployment.bucket(), key))
        .query("partNumber", Integer.toString(partNumber))
        .query("uploadId", uploadId)
        .header("content-length", Long.toString(length))
        .build();
  }
}
