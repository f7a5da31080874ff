package dev.ossdirect.localcloud.ram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An Action or a Resource of a policy statement, matched segment by segment as RAM does. The pattern and
 * the name it is matched against are each cut at their first colons into the same number of segments, and
 * each segment of the pattern must match the same segment of the name ({@link WildcardPattern}). A
 * wildcard therefore never reaches across a colon into the next segment: in
 * {@code acs:oss:*:*:bucket/uploads/alice/*}, the {@code *} of the region matches a region and nothing
 * more, so an object key that itself holds colons and another ARN cannot make the pattern match a key
 * outside {@code uploads/alice/}. The last segment is the rest of the name, colons and slashes included:
 * the resource of an ARN is everything after its fourth colon, and an object key may hold any character.
 *
 * <ul>
 *   <li>An action is {@code <service>:<action>}, such as {@code oss:PutObject}, and is matched without
 *       regard to case, as RAM does.
 *   <li>A resource is an ARN, {@code acs:<service>:<region>:<account>:<resource>}, and is matched with
 *       regard to case (object keys and bucket names are case-sensitive).
 *   <li>{@code *} alone matches every action or every resource.
 *   <li>A pattern with fewer segments than its kind needs, such as the resource {@code acs:oss:*}, is not
 *       well formed: {@link #action} and {@link #resource} return nothing for it, and
 *       {@link PolicyDocument#parse} refuses the policy as a grammar error. Guessing what it meant could
 *       grant more than Alibaba Cloud would, and matching nothing would hide the mistake.
 *   <li>A name with fewer segments than the pattern (which no request of this local cloud produces)
 *       matches only {@code *}.
 * </ul>
 */
final class SegmentedPattern {

  /** {@code <service>:<action>}. */
  private static final int ACTION_SEGMENTS = 2;
  /** {@code acs:<service>:<region>:<account>:<resource>}. */
  private static final int ARN_SEGMENTS = 5;
  private static final String EVERYTHING = "*";
  private static final String ARN_PREFIX = "acs:";

  private final String text;
  private final int segmentCount;
  /** One pattern per segment; empty for {@code *}, which matches everything. */
  private final List<WildcardPattern> segments;

  private SegmentedPattern(String text, int segmentCount, List<WildcardPattern> segments) {
    this.text = text;
    this.segmentCount = segmentCount;
    this.segments = segments;
  }

  /**
   * The action pattern {@code text}, or nothing when it is neither {@code *} nor
   * {@code <service>:<action>} with a service.
   */
  static Optional<SegmentedPattern> action(String text) {
    return parse(text, ACTION_SEGMENTS, true).filter(pattern -> !text.startsWith(":"));
  }

  /**
   * The resource pattern {@code text}, or nothing when it is neither {@code *} nor an ARN of five segments
   * that starts with {@code acs:}.
   */
  static Optional<SegmentedPattern> resource(String text) {
    return parse(text, ARN_SEGMENTS, false)
        .filter(pattern -> text.equals(EVERYTHING) || text.startsWith(ARN_PREFIX));
  }

  private static Optional<SegmentedPattern> parse(String text, int segmentCount, boolean ignoreCase) {
    if (text.equals(EVERYTHING)) {
      return Optional.of(new SegmentedPattern(text, segmentCount, List.of()));
    }
    String[] pieces = split(text, segmentCount);
    if (pieces.length < segmentCount) {
      return Optional.empty();
    }
    List<WildcardPattern> segments = new ArrayList<>(segmentCount);
    for (String piece : pieces) {
      segments.add(new WildcardPattern(piece, ignoreCase));
    }
    return Optional.of(new SegmentedPattern(text, segmentCount, Collections.unmodifiableList(segments)));
  }

  /** Whether {@code name} (an action, or the ARN of a resource) matches, segment by segment. */
  boolean matches(String name) {
    if (segments.isEmpty()) {
      return true;
    }
    String[] pieces = split(name, segmentCount);
    if (pieces.length < segmentCount) {
      return false;
    }
    for (int i = 0; i < segmentCount; i++) {
      if (!segments.get(i).matches(pieces[i])) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} cut at its first {@code segmentCount - 1} colons; empty segments are kept. */
  private static String[] split(String text, int segmentCount) {
    return text.split(":", segmentCount);
  }

  /** The pattern as the policy wrote it. */
  @Override
  public String toString() {
    return text;
  }
}
