package dev.ossdirect.localcloud.ram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One statement of a {@link PolicyDocument}: an effect over some actions on some resources. */
public final class PolicyStatement {

  private final boolean allows;
  private final List<SegmentedPattern> actions;
  private final List<SegmentedPattern> resources;

  PolicyStatement(boolean allows, List<SegmentedPattern> actions, List<SegmentedPattern> resources) {
    this.allows = allows;
    this.actions = Collections.unmodifiableList(new ArrayList<>(actions));
    this.resources = Collections.unmodifiableList(new ArrayList<>(resources));
  }

  /** Whether the effect is Allow (rather than Deny). */
  public boolean allows() {
    return allows;
  }

  /** The action patterns, as the policy wrote them. */
  public List<String> actions() {
    return texts(actions);
  }

  /** The resource patterns, as the policy wrote them. */
  public List<String> resources() {
    return texts(resources);
  }

  boolean covers(String action, String resource) {
    return anyMatches(actions, action) && anyMatches(resources, resource);
  }

  private static boolean anyMatches(List<SegmentedPattern> patterns, String name) {
    for (SegmentedPattern pattern : patterns) {
      if (pattern.matches(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(List<SegmentedPattern> patterns) {
    List<String> texts = new ArrayList<>(patterns.size());
    for (SegmentedPattern pattern : patterns) {
      texts.add(pattern.toString());
    }
    return Collections.unmodifiableList(texts);
  }
}
