package dev.ossdirect.signing.vectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One signing vector file: a request, the credentials, and what its signature must look like. The schema
 * is in {@code src/test/resources/vectors/README.md}.
 */
public final class SigningVector {

  final String scheme;
  final JsonView json;
  /** What the vector expects: strings, or string maps for {@code presignedQuery} and {@code formFields}. */
  final Map<String, Object> expect = new LinkedHashMap<>();

  private SigningVector(String scheme, JsonView json) {
    this.scheme = scheme;
    this.json = json;
    JsonView expected = json.object("expect");
    for (String name : expected.names()) {
      if (name.equals("presignedQuery") || name.equals("formFields")) {
        expect.put(name, expected.stringMap(name));
      } else {
        expect.put(name, expected.string(name));
      }
    }
  }

  /** Reads a vector of {@code scheme} (its folder name) from its parsed JSON. */
  public static SigningVector read(String scheme, JsonView json) {
    if (json.has("scheme") && !json.string("scheme").equals(scheme)) {
      throw new IllegalArgumentException(
          "scheme \"" + json.string("scheme") + "\" does not match the folder " + scheme);
    }
    SigningVector vector = new SigningVector(scheme, json);
    if (!vector.expect.containsKey("signature")) {
      throw new IllegalArgumentException("expect.signature is required");
    }
    return vector;
  }

  public String scheme() {
    return scheme;
  }

  /** The expected values, by field name. */
  public Map<String, Object> expect() {
    return Collections.unmodifiableMap(expect);
  }

  String string(String name) {
    return json.string(name);
  }

  String optionalString(String name) {
    return json.has(name) ? json.string(name) : null;
  }

  Map<String, String> stringMap(String name) {
    return json.has(name) ? json.stringMap(name) : Collections.<String, String>emptyMap();
  }

  List<String> stringList(String name) {
    return json.has(name) ? json.stringList(name) : Collections.<String>emptyList();
  }

  List<JsonView> objectList(String name) {
    return json.has(name) ? json.objectList(name) : Collections.<JsonView>emptyList();
  }
}
