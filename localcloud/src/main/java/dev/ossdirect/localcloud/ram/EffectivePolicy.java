package dev.ossdirect.localcloud.ram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a caller may do: its identity's policies, narrowed by a session policy for STS credentials. An
 * action is allowed when some identity policy allows it, no policy denies it, and, if there is a session
 * policy, that policy allows it too: the intersection of the two.
 */
public final class EffectivePolicy {

  private final List<PolicyDocument> identityPolicies;
  private final PolicyDocument sessionPolicy;

  public EffectivePolicy(List<PolicyDocument> identityPolicies, PolicyDocument sessionPolicy) {
    this.identityPolicies = Collections.unmodifiableList(new ArrayList<>(identityPolicies));
    this.sessionPolicy = sessionPolicy;
  }

  /** Whether {@code action} (such as {@code oss:PutObject}) is allowed on {@code resource}. */
  public boolean allows(String action, String resource) {
    boolean allowed = false;
    for (PolicyDocument policy : identityPolicies) {
      Decision decision = policy.decide(action, resource);
      if (decision == Decision.DENY) {
        return false;
      }
      allowed |= decision == Decision.ALLOW;
    }
    if (!allowed) {
      return false;
    }
    return sessionPolicy == null || sessionPolicy.decide(action, resource) == Decision.ALLOW;
  }

  public List<PolicyDocument> identityPolicies() {
    return identityPolicies;
  }

  /** The session policy, or {@code null} when the caller has none. */
  public PolicyDocument sessionPolicy() {
    return sessionPolicy;
  }
}
