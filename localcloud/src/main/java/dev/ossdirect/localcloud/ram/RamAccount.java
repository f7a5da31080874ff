package dev.ossdirect.localcloud.ram;

import java.util.Optional;

/**
 * The local Alibaba Cloud account: its id, its one RAM user and its one role.
 *
 * @param accountId the account's numeric id, as it appears in ARNs
 * @param user the RAM user whose AccessKey the application server holds
 * @param role the role the user assumes to obtain STS credentials
 */
public record RamAccount(String accountId, RamUser user, RamRole role) {

  /** The user that owns {@code accessKeyId}, if any. */
  public Optional<RamUser> userWithAccessKey(String accessKeyId) {
    return user.accessKey().accessKeyId().equals(accessKeyId) ? Optional.of(user) : Optional.empty();
  }

  /** The role with {@code arn}, if any. */
  public Optional<RamRole> roleWithArn(String arn) {
    return role.arn().equalsIgnoreCase(arn) ? Optional.of(role) : Optional.empty();
  }
}
