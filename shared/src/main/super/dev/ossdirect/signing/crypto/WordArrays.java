package dev.ossdirect.signing.crypto;

/**
 * The browser's word arrays: GWT compiles this file in place of the JVM's {@code WordArrays}, with the
 * same methods, and makes each array a JavaScript {@code Int32Array}, whose elements V8 keeps as 32-bit
 * integers (the JVM's version says why that matters). GWT reads and writes an {@code int[]} with plain
 * indexing and {@code length}, which an {@code Int32Array} answers as an array does.
 */
final class WordArrays {

  private WordArrays() {}

  /** A new {@code Int32Array} of {@code length} zero words. */
  static native int[] zeros(int length) /*-{
    return new Int32Array(length);
  }-*/;
}
