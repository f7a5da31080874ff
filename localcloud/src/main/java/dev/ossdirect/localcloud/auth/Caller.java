package dev.ossdirect.localcloud.auth;

import dev.ossdirect.localcloud.ram.EffectivePolicy;

/**
 * An authenticated caller: the access key it signs with, its secret (to verify the signature), and what it
 * may do.
 *
 * @param accessKeyId the access key id the request names
 * @param accessKeySecret the secret that must have signed the request
 * @param policy what the caller may do
 * @param description who the caller is, for logs: a RAM user, or a role session
 * @param temporary whether the credential came from STS
 */
public record Caller(
    String accessKeyId,
    String accessKeySecret,
    EffectivePolicy policy,
    String description,
    boolean temporary) {

  @Override
  public String toString() {
    return "Caller{" + accessKeyId + ", " + description + "}";
  }
}
