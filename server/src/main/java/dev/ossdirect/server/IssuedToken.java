package dev.ossdirect.server;

/**
 * A temporary credential STS issued for a browser session.
 *
 * @param accessKeyId {@code STS.…}
 * @param accessKeySecret the temporary secret
 * @param securityToken the security token
 * @param expiration the expiry as STS wrote it, {@code 2015-04-09T11:52:19Z}
 * @param expirationMillis the expiry in epoch milliseconds
 * @param issuedAtMillis when the server received it
 */
public record IssuedToken(
    String accessKeyId,
    String accessKeySecret,
    String securityToken,
    String expiration,
    long expirationMillis,
    long issuedAtMillis) {

  @Override
  public String toString() {
    return "IssuedToken{" + accessKeyId + ", expires " + expiration + "}";
  }
}
