package dev.ossdirect.localcloud.auth;

import dev.ossdirect.localcloud.ram.EffectivePolicy;

/**
 * An STS credential as the local cloud knows it: the temporary AccessKey pair, the token that proves it,
 * when it expires, and what it may do.
 *
 * @param accessKeyId {@code STS.} followed by random characters
 * @param accessKeySecret derived from the access key id under the local cloud's key, never stored
 * @param securityToken the self-contained token (see {@link SecurityTokenCodec})
 * @param expirationMillis the expiry, epoch milliseconds
 * @param roleArn the assumed role
 * @param sessionName the RoleSessionName given to AssumeRole
 * @param policy the role's policies narrowed by the session policy
 */
public record TemporaryCredential(
    String accessKeyId,
    String accessKeySecret,
    String securityToken,
    long expirationMillis,
    String roleArn,
    String sessionName,
    EffectivePolicy policy) {

  @Override
  public String toString() {
    return "TemporaryCredential{" + accessKeyId + ", role=" + roleArn + ", session=" + sessionName
        + ", expires=" + expirationMillis + "}";
  }
}
