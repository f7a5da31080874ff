/**
 * Hash functions (SHA-1, SHA-256), HMAC and constant-time comparison.
 *
 * <p>{@link dev.ossdirect.signing.crypto.Sha1}, {@link dev.ossdirect.signing.crypto.Sha256} and
 * {@link dev.ossdirect.signing.crypto.Hmac} call the JDK on the JVM, where SHA-1 and SHA-256 run on the
 * processor's own instructions. The browser build has no {@code java.security}, so GWT compiles those
 * three classes from {@code src/main/super} instead (the
 * module's super-source), where each calls its hand-written {@code Portable*} counterpart in this package.
 * The hand-written code lives here, not in the super-source folder, so that it is also compiled and
 * tested on the JVM against the JDK; the super-source holds nothing but those calls.
 */
package dev.ossdirect.signing.crypto;
