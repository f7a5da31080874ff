package dev.ossdirect.bench.signing;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssSignatureV4;
import jsinterop.annotations.JsType;

/**
 * An OSS {@code PutObject} signed with V4 as the client signs it: each {@link #sign} builds the request
 * and signs it, the signer adding the date, payload hash and token headers, at a fixed time so that the
 * page can compare the signature with the reference's.
 */
@JsType(namespace = "ossdirect.bench")
public final class OssV4PutObject {

  private final String bucket;
  private final String key;
  private final String contentType;
  private final Credentials credentials;
  private final OssSignatureV4 signer;

  public OssV4PutObject(String region, String bucket, String key, String contentType, String accessKeyId,
      String accessKeySecret, String securityToken, double epochMillis) {
    this.bucket = bucket;
    this.key = key;
    this.contentType = contentType;
    this.credentials = Credentials.temporary(
        accessKeyId, accessKeySecret, securityToken, (long) epochMillis + 3_600_000L);
    this.signer = new OssSignatureV4(region, Clock.fixed((long) epochMillis));
  }

  /** The {@code Authorization} header. */
  public String sign() {
    SignableRequest request = SignableRequest.builder("PUT", SignableRequest.ossPath(bucket, key))
        .header("Content-Type", contentType)
        .build();
    return signer.sign(request, credentials).header("authorization");
  }
}
