package dev.ossdirect.client.testing;

import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.signing.time.UtcTimestamps;
import dev.ossdirect.signing.token.ImmSignature;
import dev.ossdirect.signing.token.OssSignatureVersion;
import dev.ossdirect.signing.token.TokenAnswer;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.List;

/** Token endpoint answers, written as the server writes them ({@link TokenAnswer#toJson()}). */
public final class Sessions {

  public static final String BUCKET = "web-direct-upload";
  public static final String OSS_ENDPOINT = "http://127.0.0.1:9102/web-direct-upload";
  public static final String IMM_ENDPOINT = "http://127.0.0.1:9103";
  public static final String PREFIX = "uploads/0123456789abcdef0123456789abcdef/";
  public static final long MAX_FILE_SIZE = 20 * 1024 * 1024;

  private Sessions() {}

  /**
   * The answer for a token {@code accessKeyId} expiring at {@code expirationMillis}: OSS signature V4, IMM
   * RPC V1, the page signing its own uploads, files of up to 20 MiB of type JPEG, PNG or any image.
   */
  public static TokenAnswer.Builder answer(String accessKeyId, long expirationMillis) {
    return TokenAnswer.builder()
        .token(accessKeyId, "secret-" + accessKeyId, "token-" + accessKeyId,
            UtcTimestamps.formatIso8601(expirationMillis))
        .bucket("cn-hangzhou", BUCKET, OSS_ENDPOINT)
        .ossSignatureVersion(OssSignatureVersion.V4)
        .imm(IMM_ENDPOINT, "web-direct-project")
        .immSignature(ImmSignature.RPC_V1)
        .uploadFlow(UploadFlow.BROWSER_TOKEN)
        .uploadPrefix(PREFIX)
        .limits(MAX_FILE_SIZE, List.of("image/jpeg", "image/png", "image/*"));
  }

  /** The JSON of {@link #answer}. */
  public static String json(String accessKeyId, long expirationMillis) {
    return answer(accessKeyId, expirationMillis).build().toJson();
  }

  /** A session whose V4 token {@code accessKeyId} is valid for {@code lifetimeMillis} from {@code nowMillis}. */
  public static SessionConfig session(String accessKeyId, long nowMillis, long lifetimeMillis) {
    return SessionConfig.fromJson(json(accessKeyId, nowMillis + lifetimeMillis), nowMillis, null);
  }
}
