package dev.ossdirect.server;

import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.net.URI;
import java.util.Map;

/**
 * Calls STS AssumeRole through Alibaba's official SDK ({@code com.aliyun:sts20150401}), with credentials
 * from {@code com.aliyun:credentials-java}. Cloud and local mode differ only in the endpoint and the
 * credential provider given here.
 */
public final class StsTokenIssuer {

  private final Client client;
  private final URI endpoint;
  private final String roleArn;
  private final int durationSeconds;
  private final Clock clock;

  /**
   * An issuer calling STS at {@code endpoint} as {@code credentials} (the default chain in cloud mode), to
   * assume {@code roleArn} for {@code durationSeconds}; {@code clock} dates the tokens it receives.
   */
  public StsTokenIssuer(
      URI endpoint,
      com.aliyun.credentials.Client credentials,
      String region,
      String roleArn,
      int durationSeconds,
      Clock clock) {
    this.endpoint = endpoint;
    this.roleArn = roleArn;
    this.durationSeconds = durationSeconds;
    this.clock = clock;
    try {
      Config config = new Config()
          .setCredential(credentials)
          .setEndpoint(endpoint.getRawAuthority())
          .setProtocol(endpoint.getScheme())
          .setRegionId(region)
          .setConnectTimeout(3_000)
          .setReadTimeout(10_000);
      this.client = new Client(config);
    } catch (Exception e) {
      throw new ConfigurationException("Cannot create the STS client for " + endpoint + ": " + e.getMessage());
    }
  }

  /** Assumes the role for {@code session}, narrowed by {@code sessionPolicy}. */
  public IssuedToken assumeRole(BrowserSession session, String sessionPolicy) throws StsFailure {
    return assumeRole(session.roleSessionName(), sessionPolicy);
  }

  /**
   * Assumes the role as {@code roleSessionName} (2 to 64 letters, digits and {@code . @ - _}), narrowed by
   * {@code sessionPolicy}.
   */
  public IssuedToken assumeRole(String roleSessionName, String sessionPolicy) throws StsFailure {
    AssumeRoleRequest request = new AssumeRoleRequest()
        .setRoleArn(roleArn)
        .setRoleSessionName(roleSessionName)
        .setDurationSeconds((long) durationSeconds)
        .setPolicy(sessionPolicy);
    try {
      AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials credentials =
          client.assumeRole(request).getBody().getCredentials();
      return new IssuedToken(
          credentials.getAccessKeyId(),
          credentials.getAccessKeySecret(),
          credentials.getSecurityToken(),
          credentials.getExpiration(),
          UtcTimestamps.parseIso8601(credentials.getExpiration()),
          clock.currentTimeMillis());
    } catch (TeaException e) {
      if (e.getCode() == null || e.getStatusCode() == null) {
        throw unreachable(e);
      }
      throw new StsFailure(e.getCode(), e.getMessage(), requestId(e), e);
    } catch (Exception e) {
      throw unreachable(e);
    }
  }

  private StsFailure unreachable(Exception e) {
    return new StsFailure("StsUnreachable", "STS at " + endpoint + " could not be reached.", null, e);
  }

  private static String requestId(TeaException e) {
    Map<String, Object> data = e.getData();
    if (data != null && data.get("RequestId") != null) {
      return String.valueOf(data.get("RequestId"));
    }
    return null;
  }
}
