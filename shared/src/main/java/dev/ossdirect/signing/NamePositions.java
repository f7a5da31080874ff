package dev.ossdirect.signing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each name of a {@link NamedValues} stands, so that finding or setting a name costs the same
 * however many there are. A request the local cloud or another service receives may carry thousands of
 * query parameters or headers, and finding each by reading the list would make reading that request
 * quadratic: 6,000 parameters took about 70 ms that way.
 *
 * <p>The browser's script compiles its own version of this class (in {@code src/main/super}), which reads
 * the list: a page's requests carry a handful of names, and a map here would bring the whole of Java's
 * map emulation into the script.
 */
final class NamePositions {

  private final Map<String, Integer> positions = new HashMap<>();

  /** The position of {@code name} in {@code names}, or -1. */
  int find(List<String> names, String name) {
    Integer position = positions.get(name);
    return position == null ? -1 : position;
  }

  /** Notes that {@code name} was just added at the end of {@code names}. */
  void added(List<String> names, String name) {
    positions.put(name, names.size() - 1);
  }

  /** Notes that {@code name} was just removed from {@code index} of {@code names}, moving those after it. */
  void removed(List<String> names, String name, int index) {
    positions.remove(name);
    for (int i = index; i < names.size(); i++) {
      positions.put(names.get(i), i);
    }
  }
}
