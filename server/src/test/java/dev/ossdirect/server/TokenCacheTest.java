package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The token cache on a clock the test moves: a session's answer, written once when its token is issued,
 * is sent again only while the token is reused (up to, not including, half its lifetime), and only to that
 * session.
 */
class TokenCacheTest {

  private static final long START = 1_800_000_000_000L;
  /** A token lifetime of 900 s, STS's shortest: reused for 450 s. */
  private static final long LIFETIME_MILLIS = 900_000;

  private final AtomicLong now = new AtomicLong(START);
  private final TokenCache cache = new TokenCache(Runnable::run, now::get, new SimpleMeterRegistry());
  private final List<CachedTokenAnswer> issued = new ArrayList<>();

  /** Issues token number {@code n} for the session, issued now, its answer naming the token and the session. */
  private final TokenCache.Issuer issuer = session -> {
    String id = "STS.token-" + issued.size();
    IssuedToken token = new IssuedToken(id, "secret-" + issued.size(), "security-token", "expiry",
        now.get() + LIFETIME_MILLIS, now.get());
    CachedTokenAnswer answer = new CachedTokenAnswer(token, "{\"AccessKeyId\":\"" + id + "\",\"UploadPrefix\":\""
        + session.uploadPrefix("uploads/") + "\",\"Name\":\"\u00e9\"}");
    issued.add(answer);
    return answer;
  };

  private static BrowserSession session(char digit) {
    return new BrowserSession(String.valueOf(digit).repeat(BrowserSession.ID_DIGITS));
  }

  @Test
  void theAnswerIsTheJsonInUtf8WrittenOnce() throws Exception {
    CachedTokenAnswer answer = cache.get(session('a'), issuer);
    String json = "{\"AccessKeyId\":\"STS.token-0\",\"UploadPrefix\":\"uploads/" + "a".repeat(32)
        + "/\",\"Name\":\"\u00e9\"}";
    assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), answer.json());
    assertSame(answer.json(), cache.get(session('a'), issuer).json(), "a hit sends the bytes written at issue");
    assertEquals(1, issued.size());
  }

  @Test
  void anAnswerIsReusedUntilTheLastMillisecondBeforeHalfItsTokensLifetime() throws Exception {
    CachedTokenAnswer first = cache.get(session('a'), issuer);
    now.set(START + LIFETIME_MILLIS / 2 - 1);
    assertSame(first, cache.get(session('a'), issuer));
    assertEquals(1, issued.size());

    now.set(START + LIFETIME_MILLIS / 2);
    CachedTokenAnswer second = cache.get(session('a'), issuer);
    assertNotSame(first, second);
    assertEquals(2, issued.size());
    assertEquals("STS.token-1", second.token().accessKeyId());
    assertTrue(new String(second.json(), StandardCharsets.UTF_8).contains("STS.token-1"));
    assertSame(second, cache.get(session('a'), issuer), "the new token is reused in its turn");
  }

  @Test
  void anAnswerIssuedLateInItsTokensLifeIsNotReusedPastHalfOfIt() throws Exception {
    // A token that reached the server already a quarter through its life: reused for a quarter more.
    TokenCache.Issuer late = session -> {
      IssuedToken token = new IssuedToken("STS.late", "secret", "security-token", "expiry",
          now.get() + LIFETIME_MILLIS * 3 / 4, now.get() - LIFETIME_MILLIS / 4);
      CachedTokenAnswer answer = new CachedTokenAnswer(token, "{\"AccessKeyId\":\"STS.late\"}");
      issued.add(answer);
      return answer;
    };
    CachedTokenAnswer first = cache.get(session('a'), late);
    now.set(START + LIFETIME_MILLIS / 4 - 1);
    assertSame(first, cache.get(session('a'), late));
    now.set(START + LIFETIME_MILLIS / 4);
    assertNotSame(first, cache.get(session('a'), late));
    assertEquals(2, issued.size());
  }

  @Test
  void eachSessionGetsItsOwnAnswerAndNeverAnothers() throws Exception {
    CachedTokenAnswer mine = cache.get(session('a'), issuer);
    CachedTokenAnswer theirs = cache.get(session('b'), issuer);
    assertNotSame(mine, theirs);
    assertFalse(new String(theirs.json(), StandardCharsets.UTF_8).contains("a".repeat(32)));
    assertSame(mine, cache.get(session('a'), issuer));
    assertSame(theirs, cache.get(session('b'), issuer));
    assertEquals(2, issued.size());
  }

  @Test
  void renewReplacesTheSessionsAnswerAndLeavesOthersAlone() throws Exception {
    CachedTokenAnswer mine = cache.get(session('a'), issuer);
    CachedTokenAnswer theirs = cache.get(session('b'), issuer);
    CachedTokenAnswer renewed = cache.renew(session('a'), issuer);
    assertNotSame(mine, renewed);
    assertSame(renewed, cache.get(session('a'), issuer));
    assertSame(theirs, cache.get(session('b'), issuer));
    assertEquals(3, issued.size());
  }

  @Test
  void aFailedIssueIsNotCached() throws Exception {
    StsFailure failure = new StsFailure("Throttling", "Request was denied due to flow control.", "req-1", null);
    assertSame(failure, assertThrows(StsFailure.class, () -> cache.get(session('a'), s -> {
      throw failure;
    })));
    CachedTokenAnswer answer = cache.get(session('a'), issuer);
    assertEquals("STS.token-0", answer.token().accessKeyId());
  }

  @Test
  void theAnswerNeverShowsItsSecretWhenPrinted() throws Exception {
    CachedTokenAnswer answer = cache.get(session('a'), issuer);
    assertFalse(answer.toString().contains("secret-0"), answer.toString());
    assertFalse(answer.toString().contains("security-token"), answer.toString());
  }
}
