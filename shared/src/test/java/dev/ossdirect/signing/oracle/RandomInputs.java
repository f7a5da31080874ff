package dev.ossdirect.signing.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random request parts for the oracle tests: text mixing ASCII, the characters URLs reserve, and
 * multi-byte UTF-8 up to 4-byte emoji; header names in mixed case; bucket names and object keys.
 *
 * <p>What it never makes, because the official SDKs are broken or ill-defined on it: lone surrogates
 * (every supplementary character is appended whole), non-ASCII header names ({@code String.toLowerCase}
 * folds some of them into ASCII, such as the Kelvin sign into {@code k}), two header names differing only
 * in case (the SDKs' maps keep one of them, which one depending on the map), and line breaks in header
 * values.
 */
final class RandomInputs {

  static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  /** The reserved characters a query or key must survive, space included. */
  static final String RESERVED = "+*~%/=&?# '()!";
  static final String OTHER_ASCII = "-_.:;,@$[]{}|\\^\"<>`";
  static final String[] TWO_BYTE = {"é", "ñ", "ß", "Ω", "ж", "Ä", "¢"};
  static final String[] THREE_BYTE = {"中", "文", "日", "本", "€", "∑", "한", "图", "片"};
  static final String[] FOUR_BYTE = {"😀", "🚀", "𝄞", "𠀋", "👍🏽", "🇨🇳"};

  static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS"};

  private final Random random;

  RandomInputs(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  String method() {
    return pick(METHODS);
  }

  /** Text of {@code min} to {@code max} pieces, each a character or one supplementary character. */
  String text(int min, int max) {
    int length = between(min, max);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(piece());
    }
    return out.toString();
  }

  private String piece() {
    int kind = random.nextInt(100);
    if (kind < 50) {
      return String.valueOf(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    } else if (kind < 68) {
      return String.valueOf(RESERVED.charAt(random.nextInt(RESERVED.length())));
    } else if (kind < 76) {
      return String.valueOf(OTHER_ASCII.charAt(random.nextInt(OTHER_ASCII.length())));
    } else if (kind < 84) {
      return pick(TWO_BYTE);
    } else if (kind < 92) {
      return pick(THREE_BYTE);
    } else {
      return pick(FOUR_BYTE);
    }
  }

  /**
   * Text for a JSON string: {@link #text} with, now and then, the characters JSON or JavaScript escape
   * (quotes, backslashes, slashes, control characters, DEL and the C1 controls, U+2000 to U+20FF).
   */
  String jsonText(int min, int max) {
    String[] escaped = {
      "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f",
      "\u00a0", "\u1fff", "\u2000", "\u2028", "\u2029", "\u20ac", "\u20ff", "\u2100"
    };
    int length = between(min, max);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(chance(0.2) ? pick(escaped) : piece());
    }
    return out.toString();
  }

  /** A value: usually short, sometimes empty, sometimes hundreds of characters. */
  String value() {
    int kind = random.nextInt(100);
    if (kind < 10) {
      return "";
    } else if (kind < 20) {
      return text(200, 600);
    } else if (kind < 30) {
      return ascii(1, 12);
    }
    return text(1, 24);
  }

  /** A parameter name: usually ASCII-like, sometimes anything. */
  String name() {
    return chance(0.6) ? ascii(1, 16) : text(1, 12);
  }

  /** Letters, digits and {@code -_.}. */
  String ascii(int min, int max) {
    int length = between(min, max);
    StringBuilder out = new StringBuilder();
    String pool = ALPHANUMERIC + "-_.";
    for (int i = 0; i < length; i++) {
      out.append(pool.charAt(random.nextInt(pool.length())));
    }
    return out.toString();
  }

  /** {@code name} with the case of each letter chosen at random. */
  String mixCase(String name) {
    if (chance(0.4)) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** A header value: printable, maybe padded with spaces or tabs that the signers trim. */
  String headerValue() {
    return pad(chance(0.2) ? text(0, 30) : ascii(0, 30));
  }

  /** {@code value}, three times in ten with spaces or tabs around it. */
  String pad(String value) {
    if (!chance(0.3)) {
      return value;
    }
    String[] pads = {"", " ", "  ", "\t", " \t "};
    return pick(pads) + value + pick(pads);
  }

  /** An ASCII header name that is not in {@code taken} (compared in lower case); adds it there. */
  String headerName(String prefix, Set<String> taken) {
    while (true) {
      String name = prefix + ascii(1, 10).toLowerCase(Locale.ROOT);
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return mixCase(name);
      }
    }
  }

  /** A valid bucket name. */
  String bucket() {
    String pool = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder();
    out.append(pool.charAt(random.nextInt(26)));
    int length = between(2, 20);
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(8) == 0 ? '-' : pool.charAt(random.nextInt(pool.length())));
    }
    out.append(pool.charAt(random.nextInt(pool.length())));
    return out.toString();
  }

  /**
   * An object key: segments of any text joined by {@code /}, often with spaces and {@code +}; never
   * starting with {@code /}, which OSS refuses.
   */
  String objectKey() {
    int segments = between(1, 4);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      String segment = text(1, 14).replace("/", "");
      if (segment.isEmpty()) {
        segment = ascii(1, 8);
      }
      if (chance(0.2)) {
        segment = segment + pick(new String[] {" ", "+", " + ", "  "}) + ascii(1, 4);
      }
      parts.add(segment);
    }
    String key = String.join("/", parts);
    if (chance(0.05)) {
      key = key + "/";
    }
    return key;
  }

  /** Random parameters, names unique and not in {@code excluded}. */
  Map<String, String> parameters(int min, int max, Set<String> excluded) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int count = between(min, max);
    while (parameters.size() < count) {
      String name = name();
      if (!excluded.contains(name)) {
        parameters.put(name, value());
      }
    }
    return parameters;
  }

  /** A secret: 30 ASCII characters, or sometimes any text. */
  String secret(boolean asciiOnly) {
    if (asciiOnly || chance(0.8)) {
      return ascii(30, 30);
    }
    return text(8, 30);
  }

  static Set<String> lowerCaseNames(Map<String, String> headers) {
    Set<String> names = new TreeSet<>();
    for (String name : headers.keySet()) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
