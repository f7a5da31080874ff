package dev.ossdirect.client.testing;

import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.signing.time.UtcTimestamps;

/** Token endpoint answers, as the server writes them. */
public final class Sessions {

  public static final String BUCKET = "web-direct-upload";
  public static final String OSS_ENDPOINT = "http://127.0.0.1:9102/web-direct-upload";
  public static final String IMM_ENDPOINT = "http://127.0.0.1:9103";
  public static final String PREFIX = "uploads/0123456789abcdef0123456789abcdef/";

  private Sessions() {}

  /** The JSON the endpoint answers for a token {@code accessKeyId} expiring at {@code expirationMillis}. */
  public static String json(String accessKeyId, long expirationMillis, String ossSignature, String immSignature) {
    return "{\"AccessKeyId\":\"" + accessKeyId + "\",\"AccessKeySecret\":\"secret-" + accessKeyId + "\","
        + "\"SecurityToken\":\"token-" + accessKeyId + "\","
        + "\"Expiration\":\"" + UtcTimestamps.formatIso8601(expirationMillis) + "\","
        + "\"Region\":\"cn-hangzhou\",\"Bucket\":\"" + BUCKET + "\","
        + "\"OssEndpoint\":\"" + OSS_ENDPOINT + "\",\"OssSignatureVersion\":\"" + ossSignature + "\","
        + "\"ImmEndpoint\":\"" + IMM_ENDPOINT + "\",\"ImmProject\":\"web-direct-project\","
        + "\"ImmSignature\":\"" + immSignature + "\",\"UploadPrefix\":\"" + PREFIX + "\","
        + "\"MaxFileSize\":20971520,\"AllowedContentTypes\":[\"image/jpeg\",\"image/png\",\"image/*\"]}";
  }

  /** A session whose V4 token {@code accessKeyId} is valid for {@code lifetimeMillis} from {@code nowMillis}. */
  public static SessionConfig session(String accessKeyId, long nowMillis, long lifetimeMillis) {
    return SessionConfig.fromJson(json(accessKeyId, nowMillis + lifetimeMillis, "v4", "rpc-v1"), nowMillis, null);
  }
}
