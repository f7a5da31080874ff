package dev.ossdirect.server;

/**
 * AssumeRole failed: STS answered with an error, or could not be reached. Carries STS's code, message and
 * request id for the browser, and a hint for the operator.
 */
public final class StsFailure extends UpstreamFailure {

  private static final long serialVersionUID = 1L;

  /**
   * {@code code} is STS's error code, such as {@code NoPermission}, or {@code StsUnreachable} when there was
   * no answer.
   */
  public StsFailure(String code, String message, String requestId, Throwable cause) {
    super(code, message, requestId, cause);
  }

  /** What an operator should most likely change, for the log. */
  public String likelyFix() {
    return switch (code()) {
      case "StsUnreachable" -> "check OSSDIRECT_STS_ENDPOINT and that the server can reach it";
      case "NoPermission" -> "grant the RAM user AliyunSTSAssumeRoleAccess, and make the role trust the account";
      case "EntityNotExist.Role", "InvalidParameter.RoleArn" -> "check OSSDIRECT_ROLE_ARN";
      case "SignatureDoesNotMatch", "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive" ->
          "check the AccessKey pair (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)";
      case "InvalidParameter.DurationSeconds" ->
          "lower OSSDIRECT_TOKEN_LIFETIME or raise the role's maximum session duration";
      case "InvalidTimeStamp.Expired" -> "synchronise the server's clock";
      case "Throttling.User", "Throttling.Api" -> "STS is throttling; tokens are cached per session already";
      default -> "see the STS error code";
    };
  }
}
