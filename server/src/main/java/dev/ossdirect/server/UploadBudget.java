package dev.ossdirect.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * How many files, and how many bytes, each browser session may still have signed. The server signs an
 * upload only after reserving its declared size here, so a session can never store more than the budget,
 * whatever a client does with the signatures it got: each one is good for exactly one object of exactly
 * its declared size.
 *
 * <p>An upload that was given up (its multipart upload aborted) gives its share back. A signed PostObject
 * form is spent once it is signed: nothing tells the server whether it was used.
 *
 * <p>Only sessions that the token endpoint served ({@link #open}) may reserve: a client that drops its
 * cookie gets a new session on any request, but budgets are opened only by the token endpoint, whose rate
 * limit per client address then also bounds how many budgets one address gets.
 *
 * <p>The counters live in this instance, for a day after the session's last upload: behind a load balancer
 * each instance grants a session its own budget, so the bound is the budget times the instances.
 */
public final class UploadBudget {

  /** Why a reservation was refused. */
  public enum Refusal {
    /** The session was never given a token by this instance. */
    UNKNOWN_SESSION,
    /** The session has had its number of files. */
    FILES,
    /** The file would take the session over its number of bytes. */
    BYTES
  }

  private static final long MAX_SESSIONS = 100_000;

  private final int maxFiles;
  private final long maxBytes;
  private final Cache<String, Usage> sessions;

  /** A budget of {@code maxFiles} files and {@code maxBytes} bytes per session. */
  public UploadBudget(int maxFiles, long maxBytes) {
    this.maxFiles = maxFiles;
    this.maxBytes = maxBytes;
    this.sessions = Caffeine.newBuilder()
        .maximumSize(MAX_SESSIONS)
        .expireAfterAccess(Duration.ofDays(1))
        .build();
  }

  /** Gives {@code session} its budget, if it has none yet: the token endpoint served it. */
  public void open(BrowserSession session) {
    sessions.get(session.id(), id -> new Usage());
  }

  /** Reserves one file of {@code bytes} for {@code session}; {@code null} if reserved, else why not. */
  public Refusal reserve(BrowserSession session, long bytes) {
    Usage usage = sessions.getIfPresent(session.id());
    if (usage == null) {
      return Refusal.UNKNOWN_SESSION;
    }
    synchronized (usage) {
      if (usage.files >= maxFiles) {
        return Refusal.FILES;
      }
      if (bytes > maxBytes - usage.bytes) {
        return Refusal.BYTES;
      }
      usage.files++;
      usage.bytes += bytes;
      return null;
    }
  }

  /** Gives back the reservation of one file of {@code bytes} that will store nothing. */
  public void release(BrowserSession session, long bytes) {
    Usage usage = sessions.getIfPresent(session.id());
    if (usage == null) {
      return;
    }
    synchronized (usage) {
      usage.files = Math.max(0, usage.files - 1);
      usage.bytes = Math.max(0, usage.bytes - bytes);
    }
  }

  public int maxFiles() {
    return maxFiles;
  }

  public long maxBytes() {
    return maxBytes;
  }

  private static final class Usage {
    int files;
    long bytes;
  }
}
