package dev.ossdirect.signing.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * The JDK's hash and MAC engines, one of each algorithm per thread. An engine holds the state of one
 * computation, so threads cannot share it; and looking one up ({@code getInstance}) walks the security
 * providers each time, which costs more than hashing a string to sign. Every algorithm asked for here is
 * one that the Java SE specification requires of every JDK.
 */
final class JdkEngines {

  private JdkEngines() {}

  /** A {@link MessageDigest} of {@code algorithm} for each thread. */
  static ThreadLocal<MessageDigest> digest(String algorithm) {
    return perThread(algorithm, MessageDigest::getInstance);
  }

  /** An uninitialised {@link Mac} of {@code algorithm} for each thread. */
  static ThreadLocal<Mac> mac(String algorithm) {
    return perThread(algorithm, Mac::getInstance);
  }

  private static <T> ThreadLocal<T> perThread(String algorithm, Lookup<T> lookup) {
    return ThreadLocal.withInitial(() -> {
      try {
        return lookup.getInstance(algorithm);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(algorithm + " is missing from the JDK", e);
      }
    });
  }

  /** {@code getInstance} of one kind of engine. */
  private interface Lookup<T> {
    T getInstance(String algorithm) throws GeneralSecurityException;
  }
}
