package dev.ossdirect.localcloud.ram;

import java.util.List;

/**
 * A RAM role that users of the same account may assume through STS.
 *
 * @param id the role's id, which prefixes AssumedRoleId
 * @param name the role name
 * @param arn {@code acs:ram::<account>:role/<name>}
 * @param policies the policies attached to the role
 * @param maxSessionDurationSeconds the longest session AssumeRole may grant (3600 to 43200)
 */
public record RamRole(String id, String name, String arn, List<PolicyDocument> policies, int maxSessionDurationSeconds) {

  public RamRole {
    policies = List.copyOf(policies);
    if (maxSessionDurationSeconds < 3600 || maxSessionDurationSeconds > 43200) {
      throw new IllegalArgumentException("a role's maximum session duration is 3600 to 43200 seconds");
    }
  }
}
