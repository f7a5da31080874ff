package dev.ossdirect.localcloud.auth;

import dev.ossdirect.localcloud.auth.CallerRejectedException.Reason;
import dev.ossdirect.localcloud.ram.RamAccount;
import dev.ossdirect.localcloud.ram.RamUser;
import dev.ossdirect.signing.Clock;
import java.util.Optional;

/**
 * Resolves the access key id (and security token) of a request to a {@link Caller}: the RAM user's
 * long-term key, or an STS credential whose token is valid, matches the key and has not expired.
 */
public final class CallerDirectory {

  private final RamAccount account;
  private final SecurityTokenCodec tokens;
  private final Clock clock;

  public CallerDirectory(RamAccount account, SecurityTokenCodec tokens, Clock clock) {
    this.account = account;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The caller behind {@code accessKeyId}; {@code securityToken} may be null for long-term keys. */
  public Caller resolve(String accessKeyId, String securityToken) throws CallerRejectedException {
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      throw new CallerRejectedException(Reason.UNKNOWN_ACCESS_KEY, "The access key id is missing.");
    }
    if (!accessKeyId.startsWith("STS.")) {
      Optional<RamUser> user = account.userWithAccessKey(accessKeyId);
      if (user.isEmpty()) {
        throw new CallerRejectedException(Reason.UNKNOWN_ACCESS_KEY, "The access key id does not exist.");
      }
      return new Caller(
          accessKeyId,
          user.get().accessKey().accessKeySecret(),
          user.get().effectivePolicy(),
          "RAM user " + user.get().name(),
          false);
    }
    if (securityToken == null || securityToken.isEmpty()) {
      throw new CallerRejectedException(
          Reason.MISSING_SECURITY_TOKEN, "An STS access key needs its security token.");
    }
    TemporaryCredential credential;
    try {
      credential = tokens.open(securityToken);
    } catch (InvalidSecurityTokenException e) {
      throw new CallerRejectedException(Reason.INVALID_SECURITY_TOKEN, e.getMessage());
    }
    if (!credential.accessKeyId().equals(accessKeyId)) {
      throw new CallerRejectedException(
          Reason.SECURITY_TOKEN_MISMATCH, "The security token does not belong to this access key id.");
    }
    if (clock.currentTimeMillis() >= credential.expirationMillis()) {
      throw new CallerRejectedException(Reason.SECURITY_TOKEN_EXPIRED, "The security token has expired.");
    }
    return new Caller(
        accessKeyId,
        credential.accessKeySecret(),
        credential.policy(),
        "role " + credential.roleArn() + " session " + credential.sessionName(),
        true);
  }
}
