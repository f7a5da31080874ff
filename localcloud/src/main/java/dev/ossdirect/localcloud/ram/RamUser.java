package dev.ossdirect.localcloud.ram;

import dev.ossdirect.signing.Credentials;
import java.util.List;

/**
 * A RAM user with a long-term AccessKey pair and the policies attached to it.
 *
 * @param name the user's logon name
 * @param accessKey the user's AccessKey pair
 * @param policies the policies attached to the user
 */
public record RamUser(String name, Credentials accessKey, List<PolicyDocument> policies) {

  public RamUser {
    policies = List.copyOf(policies);
  }

  /** The user's permissions. */
  public EffectivePolicy effectivePolicy() {
    return new EffectivePolicy(policies, null);
  }

  @Override
  public String toString() {
    return "RamUser{" + name + ", " + accessKey + "}";
  }
}
