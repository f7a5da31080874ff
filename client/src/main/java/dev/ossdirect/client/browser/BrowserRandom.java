package dev.ossdirect.client.browser;

import dev.ossdirect.signing.RandomSource;
import elemental2.core.Uint8Array;
import jsinterop.annotations.JsMethod;

/** Random bytes from {@code crypto.getRandomValues}, strong enough for object keys and signature nonces. */
public final class BrowserRandom implements RandomSource {

  @JsMethod(namespace = "crypto", name = "getRandomValues")
  private static native void fillRandom(Uint8Array values);

  @Override
  public void nextBytes(byte[] bytes) {
    // A Double, which GWT passes as a JavaScript number; an Integer would arrive as a Java object.
    Uint8Array values = new Uint8Array(Uint8Array.ConstructorLengthUnionType.of((double) bytes.length));
    fillRandom(values);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) values.getAt(i).intValue();
    }
  }
}
