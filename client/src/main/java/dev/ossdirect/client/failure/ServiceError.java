package dev.ossdirect.client.failure;

import dev.ossdirect.client.json.JsonObject;

/**
 * An error document a cloud service answered with: OSS's XML {@code <Error>} or an RPC API's JSON body.
 * Every field may be {@code null} when the service left it out. OSS adds a fine-grained error code (EC)
 * that names the precise cause, and a troubleshooting page for it; RPC APIs only the page.
 */
public final class ServiceError {

  private final String code;
  private final String message;
  private final String requestId;
  private final String ec;
  private final String recommend;
  private final Double serverTimeMillis;

  /**
   * @param code the machine-readable code, such as {@code AccessDenied}
   * @param message the service's own explanation
   * @param requestId the id to quote to the service's support
   * @param ec OSS's fine-grained error code, such as {@code 0002-00000040}
   * @param recommend the address of the service's troubleshooting page for this error (OSS's
   *     {@code RecommendDoc}, RPC APIs' {@code Recommend}); not trusted to be a web address
   * @param serverTimeMillis the service's clock in epoch milliseconds, when it tells it (OSS does for a
   *     skewed request); a {@code Double}, exact to the millisecond, as every time the page keeps boxed
   */
  public ServiceError(
      String code, String message, String requestId, String ec, String recommend, Double serverTimeMillis) {
    this.code = code;
    this.message = message;
    this.requestId = requestId;
    this.ec = ec;
    this.recommend = recommend;
    this.serverTimeMillis = serverTimeMillis;
  }

  /**
   * The error in a JSON body such as {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}}, as
   * RPC APIs (IMM, STS) and the app's own server answer; {@code null} when the body is not JSON or has
   * no {@code Code}.
   */
  public static ServiceError fromJson(String body) {
    JsonObject json;
    try {
      json = JsonObject.parse(body);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (json.string("Code") == null) {
      return null;
    }
    return new ServiceError(json.string("Code"), json.string("Message"), json.string("RequestId"), null,
        json.string("Recommend"), null);
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public String requestId() {
    return requestId;
  }

  public String ec() {
    return ec;
  }

  public String recommend() {
    return recommend;
  }

  public Double serverTimeMillis() {
    return serverTimeMillis;
  }

  /** Whether the code says the credentials themselves were refused: unknown, expired or forged. */
  public boolean rejectsCredentials() {
    return code != null
        && (code.startsWith("InvalidAccessKeyId")
            || code.startsWith("InvalidSecurityToken")
            || code.equals("SecurityTokenExpired"));
  }
}
