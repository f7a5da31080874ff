package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Redis that requires a password: with the right one the limit is kept there; with a wrong one the
 * instance limits on its own and says why, and neither password is ever logged or shown.
 */
class RedisPasswordTest {

  private static final String RIGHT = "right-pw-7Qx2";
  private static final String WRONG = "wrong-pw-9Kd4";

  @TempDir Path dataDir;

  @Test
  void theRightPasswordKeepsTheLimitInRedisAndAWrongOneFallsBackWithoutShowingIt() throws Exception {
    List<String> descriptions = new ArrayList<>();
    CapturedLog log = new CapturedLog();
    try (log; RedisServer redis = RedisServer.start(RIGHT)) {
      try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=2", "--redis-url=" + redis.url(RIGHT))) {
        descriptions.add(app.application.describe());
        assertEquals(List.of(200, 200, 429), statuses(app, 3));
        assertEquals(List.of("ossdirect:rate:127.0.0.1"), redis.keys("ossdirect:rate:*"));
      }
      try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=2", "--redis-url=" + redis.url(WRONG))) {
        descriptions.add(app.application.describe());
        // Redis's bucket for the client is empty, but this instance cannot use it: a bucket of its own.
        assertEquals(List.of(200, 200, 429), statuses(app, 3));
      }
    }
    List<String> lines = log.lines();
    List<String> unavailable = lines.stream().filter(line -> line.contains("event=rate-limit-redis-unavailable")).toList();
    assertEquals(1, unavailable.size(), lines.toString());
    assertTrue(unavailable.get(0).contains("WRONGPASS") || unavailable.get(0).contains("NOAUTH"), unavailable.get(0));
    for (String text : concat(lines, descriptions)) {
      assertFalse(text.contains(RIGHT) || text.contains(WRONG), "a password is shown: " + text);
    }
    assertTrue(descriptions.get(0).contains("shared in Redis at 127.0.0.1:"), descriptions.get(0));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Integer> statuses(LocalApp app, int count) throws Exception {
    HttpClient browser = LocalApp.newBrowser();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(app.get(browser, "/api/sts-token").statusCode());
    }
    return statuses;
  }
}
