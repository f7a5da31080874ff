package dev.ossdirect.signing.upload;

/**
 * Reads and writes the small, flat XML documents of OSS ({@code <Error>},
 * {@code <InitiateMultipartUploadResult>}, {@code <CompleteMultipartUpload>}). Not a general XML parser:
 * no CDATA, comments or namespace prefixes, which OSS does not use; in exchange it is a few lines of plain
 * Java that run, and are tested, on the JVM as in the browser.
 */
public final class XmlElements {

  private XmlElements() {}

  /**
   * The text of the first element named {@code name} in {@code xml}, with entities decoded; the empty
   * string for an empty element; {@code null} when there is no such element.
   */
  public static String text(String xml, String name) {
    String open = "<" + name;
    int from = 0;
    while (true) {
      int start = xml.indexOf(open, from);
      if (start < 0) {
        return null;
      }
      int after = start + open.length();
      char next = after < xml.length() ? xml.charAt(after) : 0;
      if (next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\r' || next == '\n') {
        int tagEnd = xml.indexOf('>', after);
        if (tagEnd < 0) {
          return null;
        }
        if (xml.charAt(tagEnd - 1) == '/') {
          return "";
        }
        int close = xml.indexOf("</" + name + ">", tagEnd);
        return close < 0 ? null : decode(xml.substring(tagEnd + 1, close));
      }
      from = after;
    }
  }

  /**
   * {@code text} with {@code & < >} written as entities, safe as element content. Quotes stay as they are
   * (they need escaping only in attributes), so that an ETag such as {@code "5B3C…"} reads the same to
   * any parser.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (amp >= 0) {
      out.append(text, i, amp);
      int semicolon = text.indexOf(';', amp);
      String decoded = semicolon < 0 ? null : entity(text.substring(amp + 1, semicolon));
      if (decoded == null) {
        out.append('&');
        i = amp + 1;
      } else {
        out.append(decoded);
        i = semicolon + 1;
      }
      amp = text.indexOf('&', i);
    }
    return out.append(text.substring(i)).toString();
  }

  /** The text of entity {@code &name;}, or {@code null} if it is not one. */
  private static String entity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    try {
      int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return code >= 0 && code <= 0x10FFFF ? new String(Character.toChars(code)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
