package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which session cookies the server takes back. Three cloud-mode instances share one local cloud: two with
 * the same session key, as behind one load balancer, and one with a key of its own. A cookie the server
 * did not issue (an id the browser chose, a changed MAC, another key's) gets a new session and a new cookie,
 * never the folder it names.
 */
class SessionCookieTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OTHER_KEY = "fedcba9876543210".repeat(4);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  private static LocalCloud cloud;
  private static Application first;
  private static Application second;
  private static Application foreign;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir));
    first = CloudModeApp.start(cloud);
    second = CloudModeApp.start(cloud);
    foreign = CloudModeApp.start(cloud, List.of("--session-key=" + OTHER_KEY));
  }

  @AfterAll
  static void stop() {
    for (Application application : new Application[] {first, second, foreign}) {
      if (application != null) {
        application.close();
      }
    }
    cloud.close();
  }

  /** A token request's answer: its session's folder, and the cookie it set, if it set one. */
  private record Answer(String folder, Optional<String> newCookie, String raw) {}

  /** {@code GET /api/sts-token} on {@code application}, sending {@code cookie} as the session cookie if not null. */
  private static Answer token(Application application, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(application.url().resolve("/api/sts-token"));
    if (cookie != null) {
      request.header("Cookie", BrowserSession.COOKIE + "=" + cookie);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    Optional<String> newCookie = response.headers().firstValue("Set-Cookie").map(header -> {
      assertTrue(header.startsWith(BrowserSession.COOKIE + "="), header);
      return header.substring(BrowserSession.COOKIE.length() + 1, header.indexOf(';'));
    });
    return new Answer(JSON.readTree(response.body()).get("UploadPrefix").asText(), newCookie,
        response.headers().map() + response.body());
  }

  /** {@code application} takes back the cookie of {@code issued}: the same folder, and no new cookie. */
  private static void assertTakenBack(Application application, Answer issued) throws Exception {
    Answer again = token(application, issued.newCookie().orElseThrow());
    assertEquals(issued.folder(), again.folder());
    assertEquals(Optional.empty(), again.newCookie(), "a new cookie replaced a good one");
  }

  /** A fresh session's cookie from {@code application}. */
  private static String issuedCookie(Application application) throws Exception {
    return token(application, null).newCookie().orElseThrow();
  }

  @Test
  void anIssuedCookieIsTheIdAndItsMacAndTheFolderIsTheIdAlone() throws Exception {
    Answer issued = token(first, null);
    String cookie = issued.newCookie().orElseThrow();
    assertTrue(cookie.matches("[0-9a-f]{32}\\.[0-9a-f]{32}"), cookie);
    String id = cookie.substring(0, 32);
    assertEquals("uploads/" + id + "/", issued.folder());
    assertTrue(new BrowserSession(id).roleSessionName().matches("[A-Za-z0-9.@_-]{2,64}"));
    assertFalse(issued.raw().contains(CloudModeApp.SESSION_KEY), "the key is in a response");
    assertTakenBack(first, issued);
  }

  @Test
  void anotherInstanceWithTheSameKeyTakesTheCookieBack() throws Exception {
    assertTakenBack(second, token(first, null));
  }

  @Test
  void anInstanceWithAnotherKeyGivesANewSession() throws Exception {
    Answer issued = token(first, null);
    Answer elsewhere = token(foreign, issued.newCookie().orElseThrow());
    assertNotEquals(issued.folder(), elsewhere.folder());
    assertTrue(elsewhere.newCookie().isPresent());
    // And the new cookie is good on the instance that issued it.
    assertEquals(elsewhere.folder(), token(foreign, elsewhere.newCookie().orElseThrow()).folder());
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        forgery("an id of the browser's choosing, the old format", victim -> "0123456789abcdef0123456789abcdef"),
        forgery("a real session's id without its MAC", victim -> victim.substring(0, 32)),
        forgery("a real session's id with a made-up MAC", victim -> victim.substring(0, 33) + "0".repeat(32)),
        forgery("a real cookie with one digit of its MAC changed", victim -> flipLast(victim)),
        forgery("a real cookie with one digit of its id changed",
            victim -> (victim.charAt(0) == 'a' ? "b" : "a") + victim.substring(1)),
        forgery("a real cookie with its MAC cut short", victim -> victim.substring(0, victim.length() - 2)),
        // Sent on the connection that has just carried the real cookie, where Jetty would by default
        // reuse the header it parsed before for one that equals it ignoring case.
        forgery("a real cookie in upper case", victim -> victim.toUpperCase(Locale.ROOT)),
        forgery("a real cookie with more after it", victim -> victim + "00"),
        forgery("nothing", victim -> ""),
        forgery("no hex at all", victim -> "session"));
  }

  private static Arguments forgery(String name, UnaryOperator<String> fromVictimsCookie) {
    return Arguments.of(Named.of(name, fromVictimsCookie));
  }

  private static String flipLast(String value) {
    char last = value.charAt(value.length() - 1);
    return value.substring(0, value.length() - 1) + (last == '0' ? '1' : '0');
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void aCookieTheServerDidNotIssueGetsANewSessionNeverTheFolderItNames(UnaryOperator<String> fromVictimsCookie)
      throws Exception {
    String victim = issuedCookie(first);
    String victimsFolder = token(first, victim).folder();
    String forged = fromVictimsCookie.apply(victim);

    Answer answer = token(first, forged);
    String newCookie = answer.newCookie().orElseThrow(() -> new AssertionError("the forged cookie was kept"));
    assertNotEquals(victimsFolder, answer.folder());
    if (forged.length() >= 32) {
      String namedId = forged.substring(0, 32).toLowerCase(Locale.ROOT);
      assertFalse(answer.folder().contains(namedId), answer.folder());
    }
    assertEquals("uploads/" + newCookie.substring(0, 32) + "/", answer.folder());
  }
}
