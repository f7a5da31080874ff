package dev.ossdirect.localcloud.oss;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the small XML documents of OSS responses: elements holding text or other elements, no
 * attributes. In text, {@code & < >} are escaped, and characters XML 1.0 cannot carry are written as
 * U+FFFD.
 *
 * <pre>
 * byte[] xml = new XmlWriter("Error").element("Code", "NoSuchKey").end().toBytes();
 * </pre>
 */
final class XmlWriter {

  private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();

  /** A document whose root element is {@code root}. */
  XmlWriter(String root) {
    start(root);
  }

  /** Opens element {@code name}; close it with {@link #end()}. */
  XmlWriter start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Writes {@code <name>text</name>}. */
  XmlWriter element(String name, String text) {
    out.append('<').append(name).append('>');
    escape(text);
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes {@code <name>number</name>}. */
  XmlWriter element(String name, long number) {
    return element(name, Long.toString(number));
  }

  /** Closes the innermost open element. */
  XmlWriter end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** The document as UTF-8; every element must have been closed. */
  byte[] toBytes() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Unclosed element " + open.peek());
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
              out.append(c).append(text.charAt(++i));
            } else {
              out.append('\uFFFD');
            }
          } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
