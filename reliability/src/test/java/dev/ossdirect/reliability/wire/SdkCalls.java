package dev.ossdirect.reliability.wire;

import com.aliyun.imm20200930.models.DetectImageFacesRequest;
import com.aliyun.oss.OSSException;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;

/**
 * Calls through Alibaba's official SDKs, as an application makes them, and the error codes they end with.
 */
public final class SdkCalls {

  private SdkCalls() {}

  /** A call through an SDK that may fail with the service's error. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /**
   * The error code {@code call} ends with ({@link OSSException#getErrorCode()} or
   * {@link TeaException#getCode()}), or {@code null} if it succeeds. Any other failure is thrown.
   */
  public static String errorCodeOf(Call call) throws Exception {
    try {
      call.run();
      return null;
    } catch (OSSException e) {
      return e.getErrorCode();
    } catch (TeaException e) {
      return e.getCode();
    }
  }

  /**
   * The configuration of an STS or IMM client signing as {@code accessKeyId} (with {@code securityToken},
   * or {@code null}) with {@code algorithm}: {@code "v2"} for RPC V1, {@code "ACS3-HMAC-SHA256"} for ACS3.
   */
  public static Config config(
      String accessKeyId, String secret, String securityToken, String region, String algorithm) {
    Config config = new Config()
        .setAccessKeyId(accessKeyId)
        .setAccessKeySecret(secret)
        .setSecurityToken(securityToken)
        .setProtocol("http")
        .setRegionId(region);
    config.signatureAlgorithm = algorithm;
    return config;
  }

  /** AssumeRole on {@code cloud} as its RAM user, with the session policy {@code policy} (or none). */
  public static Credentials assumeRole(LocalCloud cloud, String policy) throws Exception {
    Config config = config(cloud.ramUserAccessKey().accessKeyId(), cloud.ramUserAccessKey().accessKeySecret(),
        null, cloud.region(), "ACS3-HMAC-SHA256").setEndpoint(cloud.stsEndpoint().getAuthority());
    AssumeRoleResponseBodyCredentials issued = new com.aliyun.sts20150401.Client(config)
        .assumeRole(new AssumeRoleRequest()
            .setRoleArn(cloud.roleArn())
            .setRoleSessionName("reliability")
            .setDurationSeconds(3600L)
            .setPolicy(policy))
        .getBody()
        .getCredentials();
    return Credentials.temporary(issued.getAccessKeyId(), issued.getAccessKeySecret(),
        issued.getSecurityToken(), UtcTimestamps.parseIso8601(issued.getExpiration()));
  }

  /** DetectImageFaces on {@code cloud}'s IMM with the STS credentials {@code token}, signed with ACS3. */
  public static void detectImageFaces(LocalCloud cloud, Credentials token, String project, String sourceUri)
      throws Exception {
    Config config = config(token.accessKeyId(), token.accessKeySecret(), token.securityToken(), cloud.region(),
        "ACS3-HMAC-SHA256").setEndpoint(cloud.immEndpoint().getAuthority());
    new com.aliyun.imm20200930.Client(config)
        .detectImageFaces(new DetectImageFacesRequest().setProjectName(project).setSourceURI(sourceUri));
  }
}
