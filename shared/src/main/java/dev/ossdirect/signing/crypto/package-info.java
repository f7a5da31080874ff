/**
 * Hash functions (SHA-1, SHA-256), HMAC and constant-time comparison, written by hand because the
 * browser build has no {@code java.security}. Each agrees with the JDK's implementation byte for byte.
 */
package dev.ossdirect.signing.crypto;
