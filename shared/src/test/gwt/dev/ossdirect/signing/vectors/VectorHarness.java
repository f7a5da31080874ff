package dev.ossdirect.signing.vectors;

import com.google.gwt.core.client.EntryPoint;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import dev.ossdirect.signing.crypto.Hmac;
import dev.ossdirect.signing.crypto.Sha1;
import dev.ossdirect.signing.crypto.Sha256;
import java.util.Map;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The browser side of the compiled-JavaScript tests. It exposes to the page
 * {@code ossdirectVectors.compute(scheme, json)}, which runs {@link VectorComputation} on a vector file's
 * text and answers with the computed fields as JSON, and {@code ossdirectVectors.primitive(name, input,
 * key)}, which runs one primitive on hex input.
 */
@JsType(namespace = JsPackage.GLOBAL, name = "ossdirectVectors")
public final class VectorHarness implements EntryPoint {

  @JsMethod
  public static String compute(String scheme, String vectorJson) {
    SigningVector vector = SigningVector.read(scheme, new BrowserJsonView(Json.parse(vectorJson)));
    JsPropertyMap<Object> out = JsPropertyMap.of();
    for (Map.Entry<String, Object> field : VectorComputation.compute(vector).entrySet()) {
      Object value = field.getValue();
      if (value instanceof Map) {
        JsPropertyMap<Object> nested = JsPropertyMap.of();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          nested.set((String) entry.getKey(), entry.getValue());
        }
        value = nested;
      }
      out.set(field.getKey(), value);
    }
    return Json.stringify(out);
  }

  /**
   * Runs primitive {@code name} on the bytes {@code inputHex} (and {@code keyHex} for an HMAC) and answers
   * in hex, or for {@code utf8}, {@code percent} and {@code percent-twice}, takes and answers text; {@code hmac-sha1-text} and
   * {@code hmac-sha256-text} take text and a hex key.
   */
  @JsMethod
  public static String primitive(String name, String input, String keyHex) {
    switch (name) {
      case "sha1":
        return Hex.encode(Sha1.hash(Hex.decode(input)));
      case "sha256":
        return Hex.encode(Sha256.hash(Hex.decode(input)));
      case "hmac-sha1":
        return Hex.encode(Hmac.sha1(Hex.decode(keyHex), Hex.decode(input)));
      case "hmac-sha256":
        return Hex.encode(Hmac.sha256(Hex.decode(keyHex), Hex.decode(input)));
      case "hmac-sha1-text":
        return Hex.encode(Hmac.sha1OfUtf8(Hex.decode(keyHex), input));
      case "hmac-sha256-text":
        return Hex.encode(Hmac.sha256OfUtf8(Hex.decode(keyHex), input));
      case "base64":
        return Base64.encode(Hex.decode(input));
      case "utf8":
        return Hex.encode(Utf8.encode(input));
      case "percent":
        return PercentEncoding.encode(input);
      case "percent-twice":
        StringBuilder twice = new StringBuilder();
        PercentEncoding.appendEncodedTwice(twice, input);
        return twice.toString();
      default:
        throw new IllegalArgumentException("Unknown primitive " + name);
    }
  }

  @Override
  public void onModuleLoad() {
    Js.asPropertyMap(Js.global()).set("ossdirectVectorsReady", true);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JSON")
  private static final class Json {
    static native Object parse(String text);

    static native String stringify(Object value);
  }
}
