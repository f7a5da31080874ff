/**
 * Text and byte encodings used by the signatures: UTF-8, Base64, hexadecimal and Alibaba's RFC 3986
 * percent-encoding. Written by hand so that the browser build needs no {@code java.nio.charset} or
 * {@code java.net}.
 */
package dev.ossdirect.signing.codec;
