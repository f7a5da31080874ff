package dev.ossdirect.signing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Names with a text value each, in the order they were first set: a request's headers, its query
 * parameters, a form's fields. Setting a name again replaces its value in place, as a
 * {@code LinkedHashMap} would. {@link NamePositions} finds a name: through a map on the JVM, which may
 * read requests with thousands of names, and by reading the list in the browser, whose requests have a
 * handful and whose script would otherwise carry the whole of Java's map emulation.
 */
public final class NamedValues {

  private final List<String> names = new ArrayList<>();
  private final List<String> values = new ArrayList<>();
  private final NamePositions positions = new NamePositions();

  /** Sets {@code name} to {@code value}, where the name first stood if it is set already. */
  public NamedValues set(String name, String value) {
    int index = positions.find(names, name);
    if (index < 0) {
      names.add(name);
      values.add(value);
      positions.added(names, name);
    } else {
      values.set(index, value);
    }
    return this;
  }

  /** Sets every name of {@code other}, in its order. */
  public NamedValues setAll(NamedValues other) {
    for (int i = 0; i < other.size(); i++) {
      set(other.name(i), other.value(i));
    }
    return this;
  }

  /** Removes {@code name} (exactly that case) and its value, if it is set. */
  public NamedValues remove(String name) {
    int index = positions.find(names, name);
    if (index >= 0) {
      names.remove(index);
      values.remove(index);
      positions.removed(names, name, index);
    }
    return this;
  }

  public int size() {
    return names.size();
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** The name at {@code index}, in the order first set. */
  public String name(int index) {
    return names.get(index);
  }

  /** The value at {@code index}. */
  public String value(int index) {
    return values.get(index);
  }

  /** The names in the order first set. */
  public List<String> names() {
    return Collections.unmodifiableList(names);
  }

  /** The value of {@code name} (exactly that case), or {@code null}. */
  public String get(String name) {
    int index = positions.find(names, name);
    return index < 0 ? null : values.get(index);
  }

  /** The value of {@code name} in any case, or {@code null}, as HTTP reads header names. */
  public String getIgnoringCase(String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return values.get(i);
      }
    }
    return null;
  }
}
