package dev.ossdirect.localcloud.ram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One statement of a {@link PolicyDocument}: an effect over some actions on some resources. */
public final class PolicyStatement {

  private final boolean allows;
  private final List<String> actions;
  private final List<String> resources;
  private final List<WildcardPattern> actionPatterns = new ArrayList<>();
  private final List<WildcardPattern> resourcePatterns = new ArrayList<>();

  PolicyStatement(boolean allows, List<String> actions, List<String> resources) {
    this.allows = allows;
    this.actions = Collections.unmodifiableList(new ArrayList<>(actions));
    this.resources = Collections.unmodifiableList(new ArrayList<>(resources));
    for (String action : actions) {
      actionPatterns.add(new WildcardPattern(action, true));
    }
    for (String resource : resources) {
      resourcePatterns.add(new WildcardPattern(resource, false));
    }
  }

  /** Whether the effect is Allow (rather than Deny). */
  public boolean allows() {
    return allows;
  }

  public List<String> actions() {
    return actions;
  }

  public List<String> resources() {
    return resources;
  }

  boolean covers(String action, String resource) {
    return anyMatches(actionPatterns, action) && anyMatches(resourcePatterns, resource);
  }

  private static boolean anyMatches(List<WildcardPattern> patterns, String text) {
    for (WildcardPattern pattern : patterns) {
      if (pattern.matches(text)) {
        return true;
      }
    }
    return false;
  }
}
