package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the server, in process, pointed at one real Redis: they share one rate limit per
 * client; when Redis dies each keeps answering with a limit of its own and says so once; when Redis is back
 * they share again.
 */
class SharedRateLimitTest {

  private static final int LIMIT = 3;

  @TempDir Path first;
  @TempDir Path second;
  private CapturedLog log;
  private final HttpClient browser = LocalApp.newBrowser();
  private RedisServer redis;
  private LocalApp a;
  private LocalApp b;

  @BeforeEach
  void startRedisAndTwoInstances() {
    log = new CapturedLog();
    redis = RedisServer.start();
    a = LocalApp.start(first, "--rate-limit=" + LIMIT, "--redis-url=" + redis.url(), "--metrics-port=0");
    b = LocalApp.start(second, "--rate-limit=" + LIMIT, "--redis-url=" + redis.url());
  }

  @AfterEach
  void stopAll() {
    try (CapturedLog stopLog = log; RedisServer stopRedis = redis; LocalApp stopA = a; LocalApp stopB = b) {
      // Each is closed, the last first, even when closing another fails.
    }
  }

  @Test
  void twoInstancesShareOneLimitAndTheBucketExpiresInRedis() throws Exception {
    // The limit, alternating between the instances, then one more on each.
    assertEquals(List.of(200, 200, 200), statuses(a, b, a));
    HttpResponse<String> over = tokenRequest(b);
    assertEquals(429, over.statusCode());
    long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(429, tokenRequest(a).statusCode());

    List<String> keys = redis.keys("ossdirect:rate:*");
    assertEquals(List.of("ossdirect:rate:127.0.0.1"), keys);
    long ttl = redis.ttl(keys.get(0));
    assertTrue(ttl > 0 && ttl <= 60 + 10, "the bucket lives " + ttl + " s");
    assertEquals(List.of(), log.warnings());
    assertEquals(0, log.count("rate-limit-redis"), log.lines().toString());
  }

  @Test
  void whenRedisDiesEachInstanceLimitsOnItsOwnAndSaysSoOnceThenSharesAgainWhenItIsBack() throws Exception {
    assertEquals(List.of(200, 200, 200, 429), statuses(a, b, a, b));
    assertEquals(1, redisShared(a));

    redis.kill();
    // Each instance now has a bucket of its own, full: the limit, then refusals; never a 500.
    assertEquals(List.of(200, 200, 200, 429, 429, 429), statuses(a, a, a, a, a, a));
    assertEquals(List.of(200, 200, 200, 429, 429, 429), statuses(b, b, b, b, b, b));
    // One line per instance, not per request, and no other warning (from Lettuce, say).
    assertEquals(2, log.count("event=rate-limit-redis-unavailable"), log.warnings().toString());
    assertEquals(2, log.warnings().size(), log.warnings().toString());
    assertTrue(log.warnings().get(0).contains("redis=127.0.0.1:"), log.warnings().get(0));
    assertEquals(0, redisShared(a));

    redis.restart();
    // Past the pause after the last failure, the next request of each instance tries Redis again, which
    // has an empty, so full, bucket for the client: shared again, the limit across both.
    Thread.sleep(2_500);
    assertEquals(List.of(200, 200, 200, 429, 429), statuses(a, b, b, a, b));
    assertEquals(2, log.count("event=rate-limit-redis-restored"), log.lines().toString());
    assertEquals(1, redisShared(a));
    assertEquals(2, log.warnings().size(), log.warnings().toString());
    assertEquals(List.of("ossdirect:rate:127.0.0.1"), redis.keys("ossdirect:rate:*"));
  }

  @Test
  void aFrozenRedisCostsAShortTimeoutNotAnAnswer() throws Exception {
    assertEquals(List.of(200), statuses(a));
    redis.freeze();
    try {
      // Redis accepts the connection but never answers: the call times out and the instance decides
      // alone, with a bucket of its own.
      assertEquals(List.of(200, 200, 200, 429), statuses(a, a, a, a));
      assertEquals(1, log.count("event=rate-limit-redis-unavailable"), log.lines().toString());
      assertEquals(1, log.warnings().size(), log.warnings().toString());
      assertTrue(log.warnings().get(0).contains("Timeout"), log.warnings().get(0));
    } finally {
      redis.thaw();
    }
  }

  /** The gauge {@code app}'s metrics show for whether the limit is kept in Redis now. */
  private static double redisShared(LocalApp app) throws Exception {
    URI metrics = URI.create("http://127.0.0.1:" + app.application.metricsPort().getAsInt() + "/metrics");
    String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return new PrometheusText(text).value("ossdirect_rate_limit_redis_shared");
  }

  /** The statuses of one token request to each of {@code apps}, in order. */
  private List<Integer> statuses(LocalApp... apps) throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (LocalApp app : apps) {
      statuses.add(tokenRequest(app).statusCode());
    }
    return statuses;
  }

  private HttpResponse<String> tokenRequest(LocalApp app) throws Exception {
    // A fail-safe, not a speed goal: a request stalled on Redis would otherwise hang the test.
    return browser.send(HttpRequest.newBuilder(app.url("/api/sts-token")).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
