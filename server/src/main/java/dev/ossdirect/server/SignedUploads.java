package dev.ossdirect.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The uploads the server signed and that may still need it: their parts signed, completed or aborted. Kept in
 * this instance for a day after their last use; the browser gets an unguessable id for each, and only its own
 * session can use it.
 */
public final class SignedUploads {

  private static final long MAX_UPLOADS = 1_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Cache<String, SignedUpload> uploads = Caffeine.newBuilder()
      .maximumSize(MAX_UPLOADS)
      .expireAfterAccess(Duration.ofDays(1))
      .build();

  /** A new random id: 32 lower-case hex digits. */
  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public void add(SignedUpload upload) {
    uploads.put(upload.id(), upload);
  }

  /** The upload {@code id} of {@code session}, if it is one of its uploads. */
  public Optional<SignedUpload> find(BrowserSession session, String id) {
    SignedUpload upload = id == null ? null : uploads.getIfPresent(id);
    return upload != null && upload.sessionId().equals(session.id()) ? Optional.of(upload) : Optional.empty();
  }

  /** Forgets {@code upload}: it was completed or aborted. */
  public void remove(SignedUpload upload) {
    uploads.invalidate(upload.id());
  }
}
