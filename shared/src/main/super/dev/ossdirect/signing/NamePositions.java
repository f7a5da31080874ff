package dev.ossdirect.signing;

import java.util.List;

/**
 * The browser's name positions: GWT compiles this file in place of the JVM's {@code NamePositions}, with
 * the same methods, and finds a name by reading the list, since a page's requests carry a handful of names
 * and a map would bring Java's map emulation into the script (the JVM's version says why it keeps one).
 */
final class NamePositions {

  /** The position of {@code name} in {@code names}, or -1. */
  int find(List<String> names, String name) {
    return names.indexOf(name);
  }

  /** Nothing to note: {@link #find} reads the list. */
  void added(List<String> names, String name) {}

  /** Nothing to note: {@link #find} reads the list. */
  void removed(List<String> names, String name, int index) {}
}
