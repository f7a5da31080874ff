/**
 * Text and byte encodings used by the signatures: UTF-8, Base64, hexadecimal, Alibaba's RFC 3986
 * percent-encoding and the JSON strings of POST policies. Written by hand so that the browser build needs
 * no {@code java.nio.charset}, {@code java.net} or JSON library.
 */
package dev.ossdirect.signing.codec;
