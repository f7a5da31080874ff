package dev.ossdirect.server;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.token.UploadFlow;

/**
 * The server's own STS token, with which it signs the browsers' uploads in the {@link UploadFlow#SERVER_SIGNED}
 * flow. No browser ever sees it: the browser gets signatures, each good for one request of one file.
 *
 * <p>It is the role, narrowed by {@link SessionPolicy#forServer} to the upload actions under the upload
 * prefix, assumed for {@link #LIFETIME_SECONDS} and renewed once less than {@link #MIN_REMAINING_MILLIS}
 * remain: a request OSS checks up to 15 minutes after it was signed then still finds the token valid.
 */
public final class SigningCredentials {

  /** The RoleSessionName of the server's own token, which STS and OSS logs show. */
  static final String ROLE_SESSION_NAME = "ossdirect-server";

  /** How long the server's token is asked for: an hour, the longest every role allows. */
  public static final int LIFETIME_SECONDS = 3600;

  /** Renew when less than this remains: OSS's 15 minutes for a signed request, and 5 to spare. */
  static final long MIN_REMAINING_MILLIS = 20 * 60 * 1000L;

  private final StsTokenIssuer issuer;
  private final String sessionPolicy;
  private final Clock clock;
  private IssuedToken token;

  /**
   * Credentials assumed through {@code issuer}, which must ask for {@link #LIFETIME_SECONDS}, narrowed by
   * {@code sessionPolicy} and aged by {@code clock}, the STS's.
   */
  public SigningCredentials(StsTokenIssuer issuer, String sessionPolicy, Clock clock) {
    this.issuer = issuer;
    this.sessionPolicy = sessionPolicy;
    this.clock = clock;
  }

  /** The current token as signing credentials, assuming the role first if it is missing or nearly spent. */
  public synchronized Credentials current() throws StsFailure {
    if (token == null || token.expirationMillis() - clock.currentTimeMillis() < MIN_REMAINING_MILLIS) {
      token = issuer.assumeRole(ROLE_SESSION_NAME, sessionPolicy);
    }
    return Credentials.temporary(
        token.accessKeyId(), token.accessKeySecret(), token.securityToken(), token.expirationMillis());
  }
}
